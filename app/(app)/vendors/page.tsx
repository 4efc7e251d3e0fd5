import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/roles";
import { todayIso } from "@/lib/dates";
import { findVendorPage, PAGE_SIZE } from "@/lib/vendors/list/loaders";
import { vendorRowsHtml } from "@/lib/vendors/list/rows-html";
import { VENDOR_STATUSES, VENDOR_TIERS, vendorListQuerySchema, type VendorListQuery } from "@/lib/vendors/schema";
import { EmptyState } from "@/components/ui/empty-state";
import { buttonClass, inputClass, secondaryButtonClass } from "@/components/ui/form-field";
import { PageHeader } from "@/components/ui/page-header";
import { firstValues, listHref } from "@/lib/utils/list-query";
import { Pagination } from "@/components/ui/pagination";

export const metadata: Metadata = { title: "Vendors" };

type Search = Record<string, string | string[] | undefined>;

const href = (q: VendorListQuery, patch: Partial<Record<keyof VendorListQuery, string | number | undefined>>) =>
  listHref("/vendors", q, patch, { page: 1 });

export default async function VendorsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requireActor();
  const raw = await searchParams;
  const query = vendorListQuerySchema.parse(firstValues(raw));
  const today = todayIso();
  const { rows, total } = await findVendorPage(actor, query, today);
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const filtered = Boolean(
    query.q || query.tier || query.status || query.region || query.critical || query.expiring || query.archived,
  );

  const SortHeader = ({ sort, label }: { sort: VendorListQuery["sort"]; label: string }) => {
    const active = query.sort === sort;
    const nextDir = active && query.dir === "asc" ? "desc" : "asc";
    return (
      <th
        scope="col"
        className="px-4 py-2"
        aria-sort={active ? (query.dir === "asc" ? "ascending" : "descending") : "none"}
      >
        <Link
          href={href(query, { sort, dir: nextDir, page: 1 })}
          className="inline-flex items-center gap-1 hover:text-slate-900"
        >
          {label}
          {active ? <span aria-hidden>{query.dir === "asc" ? "▲" : "▼"}</span> : null}
        </Link>
      </th>
    );
  };

  return (
    <>
      <PageHeader
        title="Vendors"
        description="Everyone you buy from, with the evidence they sent and the gaps it leaves."
      >
        {can(actor.role, "vendor:edit") ? (
          <Link href="/vendors/new" className={buttonClass}>
            New vendor
          </Link>
        ) : null}
      </PageHeader>

      <form
        method="get"
        className="mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3"
        role="search"
        aria-label="Filter vendors"
      >
        <div className="min-w-56 flex-1">
          <label htmlFor="q" className="block text-xs font-medium text-slate-600">
            Search
          </label>
          <input id="q" name="q" defaultValue={query.q} placeholder="Name or alias" className={inputClass} />
        </div>
        <Select id="tier" label="Tier" value={query.tier} options={VENDOR_TIERS} />
        <Select id="status" label="Status" value={query.status} options={VENDOR_STATUSES} />
        <Select id="region" label="Region" value={query.region} options={["EU", "UK", "US", "APAC"]} />
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="critical" value="1" defaultChecked={Boolean(query.critical)} /> Open critical
          gaps
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="expiring" value="1" defaultChecked={Boolean(query.expiring)} /> Evidence expiring
          (30 days)
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="archived" value="1" defaultChecked={Boolean(query.archived)} /> Archived
        </label>
        <input type="hidden" name="sort" value={query.sort} />
        <input type="hidden" name="dir" value={query.dir} />
        <button type="submit" className={secondaryButtonClass}>
          Apply
        </button>
        {filtered ? (
          <Link href="/vendors" className="text-sm text-indigo-700 hover:underline">
            Clear
          </Link>
        ) : null}
      </form>

      {rows.length === 0 ? (
        filtered ? (
          <EmptyState
            title="No vendors match"
            body="Try a different search or clear the filters."
            action={{ href: "/vendors", label: "Clear filters" }}
          />
        ) : (
          <EmptyState
            title="No vendors yet"
            body="Add a vendor to start: name it, record the service you buy, then upload its SOC 2 report or ISO 27001 certificate."
            action={can(actor.role, "vendor:edit") ? { href: "/vendors/new", label: "New vendor" } : undefined}
          />
        )
      ) : (
        <>
          <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
            <table className="w-full text-sm">
              <thead className="bg-slate-50 text-left text-slate-600">
                <tr>
                  <SortHeader sort="name" label="Vendor" />
                  <SortHeader sort="tier" label="Tier" />
                  <th scope="col" className="px-4 py-2">
                    Status
                  </th>
                  <SortHeader sort="evidence" label="Evidence" />
                  <SortHeader sort="gaps" label="Open gaps" />
                  <SortHeader sort="review" label="Next review" />
                </tr>
              </thead>
              {/* Rows as one piece of markup (lib/vendors/list/rows-html.ts, docs/decisions/040). */}
              <tbody className="vendor-rows" dangerouslySetInnerHTML={{ __html: vendorRowsHtml(rows, today).text }} />
            </table>
          </div>
          <Pagination
            total={total}
            noun="vendor"
            page={query.page}
            pages={pages}
            hrefFor={(p) => href(query, { page: p })}
          />
        </>
      )}
    </>
  );
}

function Select({
  id,
  label,
  value,
  options,
}: {
  id: string;
  label: string;
  value?: string;
  options: readonly string[];
}) {
  return (
    <div>
      <label htmlFor={id} className="block text-xs font-medium text-slate-600">
        {label}
      </label>
      <select id={id} name={id} defaultValue={value ?? ""} className={inputClass}>
        <option value="">Any</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {o.replace("_", " ")}
          </option>
        ))}
      </select>
    </div>
  );
}
