import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/roles";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const actor = await requireActor();
  // Non-admins get the same answer as for a page that does not exist.
  if (!can(actor.role, "criteria:edit")) notFound();
  return (
    <>
      <PageHeader title="Settings" description="Criteria per region and vendor tier, and the people who use Assay." />
      <div className="grid gap-4 sm:grid-cols-2">
        <section className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 className="font-medium">Criteria sets</h2>
          <p className="mt-1 text-sm text-slate-600">What evidence each region and tier requires, how old it may be, and how fast gaps must close.</p>
        </section>
        <section className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 className="font-medium">Users</h2>
          <p className="mt-1 text-sm text-slate-600">Invite people, change their role or disable them.</p>
        </section>
      </div>
    </>
  );
}
