import Link from "next/link";
import type { Dashboard } from "@/lib/dashboard/data";
import { CURRENCY_STEPS, type CurrencyStep } from "@/lib/scoring";
import { Panel, Quiet } from "./panel";
import { relativeDays } from "@/lib/dates";

const BUCKET_TITLE: Record<CurrencyStep, string> = {
  expired: "Expired",
  "1d": "Expiring within 1 day",
  "7d": "Expiring within 7 days",
  "30d": "Expiring within 30 days",
};
const BUCKET_DOT: Record<CurrencyStep, string> = {
  expired: "bg-red-600",
  "1d": "bg-orange-500",
  "7d": "bg-amber-400",
  "30d": "bg-slate-400",
};

export function EvidencePanel({ evidence, today }: { evidence: Dashboard["evidence"]; today: string }) {
  const total = CURRENCY_STEPS.reduce((s, b) => s + evidence[b].count, 0);
  return (
    <Panel
      id="evidence-heading"
      title="Evidence out of date or expiring"
      count={total}
      more={total ? { href: "/vendors?expiring=1&sort=evidence", label: "Vendors by evidence date" } : undefined}
    >
      {total === 0 ? (
        <Quiet>
          No SOC report or certificate goes out of date in the next 30 days. Evidence appears here once its facts are
          confirmed on the document page.
        </Quiet>
      ) : (
        <div className="grid gap-4 md:grid-cols-2">
          {CURRENCY_STEPS.map((b) => (
            <div key={b} data-testid={`evidence-${b}`}>
              <h3 className="mb-2 flex items-center gap-2 text-xs font-semibold uppercase tracking-wide text-slate-600">
                <span className={`inline-block h-2 w-2 rounded-full ${BUCKET_DOT[b]}`} aria-hidden="true" />
                {BUCKET_TITLE[b]} <span className="tabular-nums text-slate-500">({evidence[b].count})</span>
              </h3>
              {evidence[b].items.length === 0 ? (
                <p className="text-sm text-slate-500">None.</p>
              ) : (
                <ul className="divide-y divide-slate-100">
                  {evidence[b].items.map((e) => (
                    <li key={e.documentId} className="py-2 text-sm">
                      <div className="flex items-baseline justify-between gap-3">
                        <Link href={`/vendors/${e.vendorId}`} className="font-medium text-slate-900 hover:underline">
                          {e.legalName}
                        </Link>
                        <span
                          className={`shrink-0 tabular-nums ${b === "expired" ? "text-red-700" : "text-slate-600"}`}
                        >
                          <time dateTime={e.due}>{e.due}</time> · {relativeDays(today, e.due)}
                        </span>
                      </div>
                      <Link
                        href={`/documents/${e.documentId}`}
                        className="text-slate-600 hover:text-indigo-700 hover:underline"
                      >
                        {e.label}: {e.filename}
                      </Link>
                    </li>
                  ))}
                  {evidence[b].count > evidence[b].items.length ? (
                    <li className="py-2 text-sm text-slate-500">
                      and {evidence[b].count - evidence[b].items.length} more
                    </li>
                  ) : null}
                </ul>
              )}
            </div>
          ))}
        </div>
      )}
    </Panel>
  );
}
