import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/auth/actor";
import { findVendors } from "@/lib/vendors/data";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Vendors" };

export default async function VendorsPage() {
  const actor = await requireActor();
  const vendors = await findVendors(actor);
  return (
    <>
      <PageHeader title="Vendors" description="Everyone you buy from, with the evidence they sent and the gaps it leaves." />
      {vendors.length === 0 ? (
        <EmptyState title="No vendors yet" body="Add a vendor to start: name it, record the service you buy, then upload its SOC 2 report or ISO 27001 certificate." />
      ) : (
        <table className="w-full overflow-hidden rounded-lg border border-slate-200 bg-white text-sm">
          <thead className="bg-slate-50 text-left text-slate-600">
            <tr><th className="px-4 py-2">Vendor</th><th className="px-4 py-2">Tier</th><th className="px-4 py-2">Status</th><th className="px-4 py-2">Next review</th></tr>
          </thead>
          <tbody>
            {vendors.map((v) => (
              <tr key={v.id} className="border-t border-slate-100">
                <td className="px-4 py-2 font-medium"><Link className="text-indigo-700 hover:underline" href={`/vendors/${v.id}`}>{v.legalName}</Link></td>
                <td className="px-4 py-2 capitalize">{v.tier}</td>
                <td className="px-4 py-2">{v.status.replace("_", " ")}</td>
                <td className="px-4 py-2 tabular-nums">{v.nextReviewDate?.toISOString().slice(0, 10) ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
