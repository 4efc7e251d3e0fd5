import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/roles";
import { todayIso } from "@/lib/dates";
import { bulkTriageAction } from "@/lib/gaps/actions";
import { BulkTriage } from "@/lib/gaps/components/bulk-triage";
import { findGapRegister, GAP_PAGE_SIZE, vendorName } from "@/lib/gaps/data";
import { exportQuery } from "@/lib/gaps/export-query";
import { registerRowsHtml } from "@/lib/gaps/register-rows";
import { gapListQuerySchema, type GapListQuery, type GapSort } from "@/lib/gaps/schema";
import { GAP_STATUS_LABELS, GAP_STATUSES, SEVERITIES, SEVERITY_LABELS } from "@/lib/vocabulary";
import { EmptyState } from "@/components/ui/empty-state";
import { inputClass, secondaryButtonClass } from "@/components/ui/form-field";
import { PageHeader } from "@/components/ui/page-header";
import { firstValues, listHref } from "@/lib/utils/list-query";
import { Pagination } from "@/components/ui/pagination";

export const metadata: Metadata = { title: "Gaps" };

const DEFAULTS = { page: 1, status: "active", sort: "severity", dir: "asc" } as const;
const href = (q: GapListQuery, patch: Partial<Record<keyof GapListQuery, string | number | undefined>>) =>
  listHref("/gaps", q, patch, DEFAULTS);

export default async function GapsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActor();
  const raw = await searchParams;
  const query = gapListQuerySchema.parse(firstValues(raw));
  const today = todayIso();
  const [{ rows, total, members }, chosenVendor] = await Promise.all([
    findGapRegister(actor, query, today),
    query.vendor ? vendorName(actor, query.vendor) : null,
  ]);
  const names = new Map(members.map((m) => [m.id, m.name]));
  const pages = Math.max(1, Math.ceil(total / GAP_PAGE_SIZE));
  const exportQs = exportQuery(query);
  const canEdit = can(actor.role, "gap:edit");

  const sortHeader = (sort: GapSort, label: string) => {
    const current = query.sort === sort;
    const dir = current && query.dir === "asc" ? "desc" : "asc";
    return (
      <th
        className="px-4 py-2"
        scope="col"
        aria-sort={current ? (query.dir === "asc" ? "ascending" : "descending") : undefined}
      >
        <a className="hover:underline" href={href(query, { sort, dir, page: 1 })}>
          {label}
          {current ? (query.dir === "asc" ? " ▲" : " ▼") : ""}
          <span className="sr-only">{current ? "" : ", sort"}</span>
        </a>
      </th>
    );
  };

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
        <div className="min-w-48 grow">
          <label htmlFor="q" className="block text-xs font-medium text-slate-600">
            Search
          </label>
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={query.q ?? ""}
            placeholder="Title, vendor or check"
            className={inputClass}
          />
        </div>
        {query.vendor && chosenVendor ? (
          <div className="text-sm">
            <input type="hidden" name="vendor" value={query.vendor} />
            <span className="block text-xs font-medium text-slate-600">Vendor</span>
            <span className="inline-flex items-center gap-2 rounded bg-indigo-50 px-2 py-1.5 text-indigo-800">
              {chosenVendor}
              <a className="underline" href={href(query, { vendor: undefined, page: 1 })}>
                Remove<span className="sr-only"> the vendor filter</span>
              </a>
            </span>
          </div>
        ) : (
          <div>
            <label htmlFor="vendorName" className="block text-xs font-medium text-slate-600">
              Vendor
            </label>
            <input
              id="vendorName"
              name="vendorName"
              defaultValue={query.vendorName ?? ""}
              placeholder="Name contains"
              className={inputClass}
            />
          </div>
        )}
        <Pick
          id="severity"
          label="Severity"
          value={query.severity}
          options={SEVERITIES.map((s) => [s, SEVERITY_LABELS[s]])}
        />
        <Pick
          id="status"
          label="Status"
          value={query.status}
          options={[
            ["active", "Open or in progress"],
            ["all", "All statuses"],
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
        {query.sort !== "severity" || query.dir !== "asc" ? (
          <>
            <input type="hidden" name="sort" value={query.sort} />
            <input type="hidden" name="dir" value={query.dir} />
          </>
        ) : null}
        <button type="submit" className={secondaryButtonClass}>
          Apply
        </button>
      </form>
      {canEdit && rows.length ? (
        <BulkTriage
          action={bulkTriageAction}
          members={members.map((m) => ({ id: m.id, name: m.name }))}
          canAccept={can(actor.role, "gap:accept-risk")}
        />
      ) : null}
      {rows.length === 0 ? (
        <EmptyState
          title="No gaps match"
          body="Gaps appear once a vendor's documents are confirmed and its review has been run. Change the filters, or choose All statuses to see closed gaps."
          action={{ href: "/vendors", label: "Review a vendor" }}
        />
      ) : (
        <>
          <div className="rounded-lg border border-slate-200 bg-white md:overflow-x-auto">
            <table className="w-full text-sm max-md:block">
              <thead className="bg-slate-50 text-left text-slate-600 max-md:sr-only">
                <tr>
                  {canEdit ? (
                    <th className="px-4 py-2" scope="col">
                      <span className="sr-only">Select</span>
                    </th>
                  ) : null}
                  {sortHeader("severity", "Severity")}
                  <th className="px-4 py-2" scope="col">
                    Gap
                  </th>
                  {sortHeader("vendor", "Vendor")}
                  <th className="px-4 py-2" scope="col">
                    Owner
                  </th>
                  {sortHeader("due", "Due")}
                  {sortHeader("status", "Status")}
                </tr>
              </thead>
              {/* Rows as one piece of markup (lib/gaps/register-rows.ts, docs/decisions/040). */}
              <tbody
                className="gap-rows max-md:block"
                dangerouslySetInnerHTML={{
                  __html: registerRowsHtml(rows, { today, names, selectable: canEdit }).text,
                }}
              />
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
