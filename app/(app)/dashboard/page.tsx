import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/actor";
import { countVendors } from "@/lib/vendors/data";
import { countOpenGapsBySeverity } from "@/lib/gaps/data";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Dashboard" };

const SEVERITY_STYLE = {
  critical: "bg-red-600",
  high: "bg-orange-500",
  medium: "bg-amber-400",
  low: "bg-slate-400",
} as const;

export default async function DashboardPage() {
  const actor = await requireActor();
  const [vendors, gaps] = await Promise.all([countVendors(actor), countOpenGapsBySeverity(actor)]);
  const totalGaps = gaps.critical + gaps.high + gaps.medium + gaps.low;
  return (
    <>
      <PageHeader title="Dashboard" description={`Vendor assurance at ${actor.tenantName}`} />
      {vendors === 0 ? (
        <EmptyState title="No vendors yet"
          body="Add the first vendor you buy from, record what you buy, then upload its SOC 2 report or ISO 27001 certificate. Assay reads them and lists the gaps."
          action={{ href: "/vendors", label: "Go to vendors" }} />
      ) : (
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <Stat label="Vendors" value={vendors} />
          <Stat label="Open gaps" value={totalGaps} />
          <div className="rounded-lg border border-slate-200 bg-white p-4 sm:col-span-2">
            <p className="text-sm text-slate-500">Open gaps by severity</p>
            <ul className="mt-3 space-y-2" aria-label="Open gaps by severity">
              {(Object.keys(gaps) as (keyof typeof gaps)[]).map((s) => (
                <li key={s} className="flex items-center gap-3 text-sm">
                  <span className="w-16 capitalize text-slate-700">{s}</span>
                  <span className="h-3 rounded bg-slate-100" style={{ width: "60%" }}>
                    <span className={`block h-3 rounded ${SEVERITY_STYLE[s]}`} style={{ width: `${totalGaps ? (gaps[s] / totalGaps) * 100 : 0}%` }} />
                  </span>
                  <span className="tabular-nums text-slate-900">{gaps[s]}</span>
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
    </>
  );
}

function Stat({ label, value }: { label: string; value: number }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4">
      <p className="text-sm text-slate-500">{label}</p>
      <p className="mt-1 text-3xl font-semibold tabular-nums">{value}</p>
    </div>
  );
}
