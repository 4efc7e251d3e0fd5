import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/auth/actor";
import { daysBetween as daysUntil, relativeDays, todayIso } from "@/lib/dates";
import { loadDashboard } from "@/lib/dashboard/data";
import { SEVERITIES, type Severity } from "@/lib/vocabulary";
import { countVendors } from "@/lib/vendors/data";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { EvidencePanel } from "./evidence-panel";
import { Panel, Quiet, Stat } from "./panel";
import { TrendChart } from "./trend-chart";

export const metadata: Metadata = { title: "Dashboard" };

const SEVERITY_BAR: Record<Severity, string> = {
  critical: "bg-red-600",
  high: "bg-orange-500",
  medium: "bg-amber-400",
  low: "bg-slate-400",
};

export default async function DashboardPage() {
  const actor = await requireActor();
  const today = todayIso();
  const [vendors, d] = await Promise.all([countVendors(actor), loadDashboard(actor, today)]);
  const gaps = d.gapCountsBySeverity;
  const totalGaps = SEVERITIES.reduce((s, k) => s + gaps[k], 0);
  const stale = d.evidence.expired.count + d.evidence["1d"].count + d.evidence["7d"].count + d.evidence["30d"].count;

  return (
    <>
      <PageHeader title="Dashboard" description={`Vendor assurance at ${actor.tenantName} · ${today}`} />
      {vendors === 0 ? (
        <EmptyState
          title="No vendors yet"
          body="Add the first vendor you buy from, record what you buy, then upload its SOC 2 report or ISO 27001 certificate. Assay reads them and lists the gaps."
          action={{ href: "/vendors", label: "Go to vendors" }}
        />
      ) : (
        <div className="space-y-6">
          <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
            {/* Not a link: tests and people reach /vendors through the nav; a second "Vendors" link is ambiguous. */}
            <Stat label="Vendors" value={vendors} />
            <Stat label="Open gaps" value={totalGaps} href="/gaps" />
            <Stat label="Overdue gaps" value={d.overdueGaps.count} href="/gaps?due=overdue" tone="alert" />
            <Stat
              label="Evidence expired or expiring"
              value={stale}
              href="/vendors?expiring=1&sort=evidence"
              tone="alert"
            />
            <Stat label="Reviews due in 30 days" value={d.vendorsDueForReview.count} href="/vendors?sort=review" />
          </div>

          <EvidencePanel evidence={d.evidence} today={today} />

          <div className="grid gap-6 lg:grid-cols-2">
            <Panel
              id="overdue-heading"
              title="Overdue gaps"
              count={d.overdueGaps.count}
              more={d.overdueGaps.count ? { href: "/gaps?due=overdue", label: "All overdue gaps" } : undefined}
            >
              {d.overdueGaps.items.length === 0 ? (
                <Quiet>
                  No open gap is past its due date. Give open gaps an owner and a due date in the{" "}
                  <Link href="/gaps" className="text-indigo-700 underline">
                    gap register
                  </Link>{" "}
                  so late ones show up here.
                </Quiet>
              ) : (
                <ul className="divide-y divide-slate-100">
                  {d.overdueGaps.items.map((g) => (
                    <li key={g.id} className="py-2 text-sm">
                      <div className="flex items-start justify-between gap-3">
                        <div className="min-w-0">
                          <Badge tone={g.severity}>{g.severity}</Badge>{" "}
                          <Link href={`/gaps/${g.id}`} className="font-medium text-slate-900 hover:underline">
                            {g.title}
                          </Link>
                          <p className="text-slate-600">
                            <Link href={`/vendors/${g.vendorId}`} className="hover:underline">
                              {g.legalName}
                            </Link>{" "}
                            · {g.ownerName ?? <span className="italic">no owner</span>}
                          </p>
                        </div>
                        <span className="shrink-0 tabular-nums text-red-700">
                          due <time dateTime={g.due}>{g.due}</time>
                          <br />
                          <span className="text-xs">{relativeDays(today, g.due)}</span>
                        </span>
                      </div>
                    </li>
                  ))}
                </ul>
              )}
            </Panel>

            <Panel
              id="review-heading"
              title="Vendors due for review"
              count={d.vendorsDueForReview.count}
              more={
                d.vendorsDueForReview.count > d.vendorsDueForReview.items.length
                  ? { href: "/vendors?sort=review", label: "All by review date" }
                  : undefined
              }
            >
              {d.vendorsDueForReview.items.length === 0 ? (
                <Quiet>
                  No vendor review falls in the next 30 days. Set a next review date on each vendor&apos;s page to be
                  reminded ahead of time.
                </Quiet>
              ) : (
                <ul className="divide-y divide-slate-100">
                  {d.vendorsDueForReview.items.map((v) => (
                    <li key={v.id} className="flex items-baseline justify-between gap-3 py-2 text-sm">
                      <span>
                        <Link href={`/vendors/${v.id}`} className="font-medium text-slate-900 hover:underline">
                          {v.legalName}
                        </Link>{" "}
                        <span className="capitalize text-slate-500">{v.tier} tier</span>
                      </span>
                      <span
                        className={`shrink-0 tabular-nums ${daysUntil(today, v.due) < 0 ? "text-red-700" : "text-slate-600"}`}
                      >
                        <time dateTime={v.due}>{v.due}</time> · {relativeDays(today, v.due)}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </Panel>
          </div>

          <div className="grid gap-6 lg:grid-cols-2">
            <Panel id="severity-heading" title="Open gaps by severity" count={totalGaps}>
              {totalGaps === 0 ? (
                <Quiet>
                  No open gaps. Upload a vendor&apos;s SOC 2 report or ISO certificate and confirm its facts; Assay
                  scores it and lists what is missing.
                </Quiet>
              ) : (
                <ul className="space-y-2" aria-label="Open gaps by severity">
                  {SEVERITIES.map((s) => (
                    <li key={s}>
                      <Link
                        href={`/gaps?severity=${s}`}
                        className="flex items-center gap-3 rounded text-sm hover:bg-slate-50"
                      >
                        <span className="w-16 capitalize text-slate-700">{s}</span>
                        <span className="h-3 flex-1 rounded bg-slate-100">
                          <span
                            className={`block h-3 rounded ${SEVERITY_BAR[s]}`}
                            style={{ width: `${(gaps[s] / totalGaps) * 100}%` }}
                          />
                        </span>
                        <span className="w-10 text-right tabular-nums text-slate-900">{gaps[s]}</span>
                      </Link>
                    </li>
                  ))}
                </ul>
              )}
            </Panel>
            <Panel id="trend-heading" title="Gaps opened and closed, last 8 weeks">
              <TrendChart weeks={d.gapTrend} />
            </Panel>
          </div>
        </div>
      )}
    </>
  );
}
