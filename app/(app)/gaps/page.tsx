import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/actor";
import { findMembers } from "@/lib/tenants/data";
import { fromDbDate, todayIso } from "@/lib/dates";
import { findGaps, GAP_PAGE_SIZE } from "@/lib/gaps/data";
import { GAP_STATUS_LABELS, GAP_STATUSES, gapListQuerySchema, SEVERITIES, type GapListQuery } from "@/lib/gaps/schema";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { inputClass, secondaryButtonClass } from "@/components/ui/form-field";
import { PageHeader } from "@/components/ui/page-header";
import { firstValues, listHref } from "@/lib/utils/list-query";
import { Pagination } from "@/components/ui/pagination";

export const metadata: Metadata = { title: "Gaps" };

const href = (q: GapListQuery, patch: Partial<Record<keyof GapListQuery, string | number | undefined>>) =>
  listHref("/gaps", q, patch, { page: 1, status: "active" });

export default async function GapsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActor();
  const raw = await searchParams;
  const query = gapListQuerySchema.parse(firstValues(raw));
  const today = todayIso();
  const [{ rows, total }, members] = await Promise.all([findGaps(actor, query, today), findMembers(actor)]);
  const names = new Map(members.map((m) => [m.id, m.name]));
  const pages = Math.max(1, Math.ceil(total / GAP_PAGE_SIZE));
  const exportQs = new URLSearchParams(
    Object.entries({ severity: query.severity, status: query.status, owner: query.owner, due: query.due }).filter(
      ([, v]) => v,
    ) as [string, string][],
  ).toString();

  return (
    <>
      <PageHeader title="Gap register" description="Every gap across your vendors, with severity, owner and due date.">
        <a className={secondaryButtonClass} href={`/api/gaps/export?format=csv&${exportQs}`}>
          CSV
        </a>
        <a className={secondaryButtonClass} href={`/api/gaps/export?format=xlsx&${exportQs}`}>
          XLSX
        </a>
        <a className={secondaryButtonClass} href={`/api/gaps/export?format=pdf&${exportQs}`}>
          PDF report
        </a>
      </PageHeader>
      <form
        method="get"
        className="mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3"
        role="search"
        aria-label="Filter gaps"
      >
        <Pick id="severity" label="Severity" value={query.severity} options={SEVERITIES.map((s) => [s, s])} />
        <Pick
          id="status"
          label="Status"
          value={query.status}
          options={[
            ["active", "Open or in progress"],
            ...GAP_STATUSES.map((s) => [s, GAP_STATUS_LABELS[s]] as [string, string]),
          ]}
          noAny
        />
        <Pick
          id="owner"
          label="Owner"
          value={query.owner}
          options={[["me", "Me"], ["none", "Unassigned"], ...members.map((m) => [m.id, m.name] as [string, string])]}
        />
        <Pick
          id="due"
          label="Due"
          value={query.due}
          options={[
            ["overdue", "Overdue"],
            ["30d", "Within 30 days"],
          ]}
        />
        <button type="submit" className={secondaryButtonClass}>
          Apply
        </button>
      </form>
      {rows.length === 0 ? (
        <EmptyState
          title="No gaps match"
          body="Gaps appear once a vendor's documents are confirmed and its review has been run. Change the filters to see closed gaps."
          action={{ href: "/vendors", label: "Review a vendor" }}
        />
      ) : (
        <>
          <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
            <table className="w-full text-sm">
              <thead className="bg-slate-50 text-left text-slate-600">
                <tr>
                  <th className="px-4 py-2">Severity</th>
                  <th className="px-4 py-2">Gap</th>
                  <th className="px-4 py-2">Vendor</th>
                  <th className="px-4 py-2">Owner</th>
                  <th className="px-4 py-2">Due</th>
                  <th className="px-4 py-2">Status</th>
                </tr>
              </thead>
              <tbody>
                {/* Plain links in long tables: next/link costs server render time per row and makes the
                    browser prefetch every visible row (100 requests for one register page). */}
                {rows.map((g) => {
                  const due = fromDbDate(g.dueDate);
                  const overdue = due !== null && due < today && (g.status === "open" || g.status === "in_progress");
                  return (
                    <tr key={g.id} className="border-t border-slate-100 align-top">
                      <td className="px-4 py-2">
                        <Badge tone={g.severity}>{g.severity}</Badge>
                      </td>
                      <td className="px-4 py-2">
                        <a className="text-indigo-700 hover:underline" href={`/gaps/${g.id}`}>
                          {g.title}
                        </a>
                        <span className="block max-w-lg truncate text-xs text-slate-500" title={g.subject}>
                          {g.subject}
                        </span>
                      </td>
                      <td className="px-4 py-2">
                        <a className="hover:underline" href={`/vendors/${g.vendor.id}`}>
                          {g.vendor.legalName}
                        </a>
                      </td>
                      <td className="px-4 py-2">
                        {g.ownerId ? (
                          (names.get(g.ownerId) ?? "former member")
                        ) : (
                          <span className="text-slate-400">unassigned</span>
                        )}
                      </td>
                      <td
                        className={`whitespace-nowrap px-4 py-2 tabular-nums ${overdue ? "font-medium text-red-700" : ""}`}
                      >
                        {due ?? "—"}
                        {overdue ? " (overdue)" : ""}
                      </td>
                      <td className="px-4 py-2">
                        {GAP_STATUS_LABELS[g.status]}
                        {g.status === "risk_accepted" && g.acceptedUntil ? ` until ${fromDbDate(g.acceptedUntil)}` : ""}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <Pagination
            total={total}
            noun="gap"
            page={query.page}
            pages={pages}
            hrefFor={(p) => href(query, { page: p })}
          />
        </>
      )}
    </>
  );
}

function Pick({
  id,
  label,
  value,
  options,
  noAny,
}: {
  id: string;
  label: string;
  value?: string;
  options: [string, string][];
  noAny?: boolean;
}) {
  return (
    <div>
      <label htmlFor={id} className="block text-xs font-medium text-slate-600">
        {label}
      </label>
      <select id={id} name={id} defaultValue={value ?? ""} className={inputClass}>
        {noAny ? null : <option value="">Any</option>}
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );
}
