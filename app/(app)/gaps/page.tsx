import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/auth/actor";
import { findGaps } from "@/lib/gaps/data";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Gaps" };

export default async function GapsPage() {
  const actor = await requireActor();
  const gaps = await findGaps(actor);
  return (
    <>
      <PageHeader title="Gap register" description="Every gap across your vendors, with severity, owner and due date." />
      {gaps.length === 0 ? (
        <EmptyState title="No gaps recorded" body="Gaps appear here once a vendor's documents have been read and reviewed against your criteria." action={{ href: "/vendors", label: "Review a vendor" }} />
      ) : (
        <table className="w-full rounded-lg border border-slate-200 bg-white text-sm">
          <thead className="bg-slate-50 text-left text-slate-600">
            <tr><th className="px-4 py-2">Severity</th><th className="px-4 py-2">Gap</th><th className="px-4 py-2">Vendor</th><th className="px-4 py-2">Status</th><th className="px-4 py-2">Due</th></tr>
          </thead>
          <tbody>
            {gaps.map((g) => (
              <tr key={g.id} className="border-t border-slate-100">
                <td className="px-4 py-2 capitalize">{g.severity}</td>
                <td className="px-4 py-2">{g.title}</td>
                <td className="px-4 py-2"><Link className="text-indigo-700 hover:underline" href={`/vendors/${g.vendor.id}`}>{g.vendor.legalName}</Link></td>
                <td className="px-4 py-2">{g.status.replace("_", " ")}</td>
                <td className="px-4 py-2 tabular-nums">{g.dueDate?.toISOString().slice(0, 10) ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
