import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/roles";
import { fromDbDate } from "@/lib/dates";
import { VendorDocuments } from "@/lib/evidence/documents/components/vendor-documents";
import { rescoreVendorAction, recordDecisionAction } from "@/lib/reviews/actions";
import { DecisionForm } from "@/lib/reviews/components/decision-form";
import { DECISION_LABELS } from "@/lib/reviews/schema";
import { createServiceAction, retireServiceAction, updateServiceAction } from "@/lib/services/actions";
import { ServiceForm } from "@/lib/services/components/service-form";
import { setVendorArchivedAction } from "@/lib/vendors/actions";
import { vendorGapRowsHtml } from "@/lib/vendors/profile/gap-rows-html";
import { loadVendorProfile } from "@/lib/vendors/profile/loaders";
import { isActiveStatus } from "@/lib/vocabulary";
import { ActionButton } from "@/components/ui/action-button";
import { HistoryList } from "@/lib/audit/components/history-list";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Disclosure } from "@/components/ui/disclosure";
import { buttonClass, secondaryButtonClass } from "@/components/ui/form-field";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Vendor" };

export default async function VendorPage({
  params,
  searchParams,
}: {
  params: Promise<{ vendorId: string }>;
  searchParams: Promise<{ history?: string | string[] }>;
}) {
  const actor = await requireActor();
  const { vendorId } = await params;
  const showViews = (await searchParams).history === "all";
  const profile = await loadVendorProfile(actor, vendorId, { showViews });
  if (!profile) notFound();
  const { vendor, members, history, nameOf, actorOf } = profile;
  const open = vendor.gaps.filter((g) => isActiveStatus(g.status));
  // Open high/critical gaps by service ("" = vendor-wide): the decision form warns before an approval.
  const serious: Record<string, number> = {};
  for (const g of open)
    if (g.severity === "critical" || g.severity === "high")
      serious[g.serviceId ?? ""] = (serious[g.serviceId ?? ""] ?? 0) + 1;
  // The decision form (a client component) gets only what it shows: each service's id and name.
  const activeServices = vendor.services.filter((s) => !s.retiredAt).map((s) => ({ id: s.id, name: s.name }));
  const canEdit = can(actor.role, "vendor:edit");
  const serviceName = new Map(vendor.services.map((s) => [s.id, s.name]));

  return (
    <>
      <PageHeader
        title={vendor.legalName}
        description={
          [vendor.aliases.length ? `also ${vendor.aliases.join(", ")}` : null, vendor.website]
            .filter(Boolean)
            .join(" · ") || undefined
        }
      >
        <Badge tone="info">{vendor.tier} tier</Badge>
        <Badge tone="muted">{vendor.status.replace("_", " ")}</Badge>
        {vendor.archivedAt ? <Badge tone="medium">archived</Badge> : null}
        {canEdit ? (
          <Link href={`/vendors/${vendor.id}/edit`} className={secondaryButtonClass}>
            Edit
          </Link>
        ) : null}
        {canEdit ? (
          <ActionButton
            action={setVendorArchivedAction}
            fields={{ vendorId: vendor.id, archived: vendor.archivedAt ? "0" : "1" }}
            label={vendor.archivedAt ? "Unarchive" : "Archive"}
            pendingLabel={vendor.archivedAt ? "Unarchiving…" : "Archiving…"}
            className={secondaryButtonClass}
          />
        ) : null}
      </PageHeader>
      {vendor.archivedAt ? (
        <div className="mb-6">
          <Alert tone="info">
            Archived on {fromDbDate(vendor.archivedAt)}: this vendor is out of the vendor list, the dashboard and the
            reminders. Its documents, gaps, decisions and history are kept.
          </Alert>
        </div>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Section
            title={`Gaps (${open.length} open)`}
            id="gaps"
            actions={
              <div className="flex flex-wrap items-start gap-2">
                <a className={secondaryButtonClass} href={`/api/vendors/${vendor.id}/export?format=csv`}>
                  CSV
                </a>
                <a className={secondaryButtonClass} href={`/api/vendors/${vendor.id}/export?format=xlsx`}>
                  XLSX
                </a>
                <a className={secondaryButtonClass} href={`/api/vendors/${vendor.id}/export?format=pdf`}>
                  PDF report
                </a>
                {can(actor.role, "gap:edit") && open.length ? (
                  <Link className={secondaryButtonClass} href={`/gaps?vendor=${vendor.id}`}>
                    Triage in the register
                  </Link>
                ) : null}
              </div>
            }
          >
            {can(actor.role, "review:rescore") ? (
              <div className="mb-3">
                <ActionButton
                  action={rescoreVendorAction}
                  fields={{ vendorId: vendor.id }}
                  label="Run review (re-score)"
                  pendingLabel="Scoring…"
                  className={buttonClass}
                />
              </div>
            ) : null}
            {vendor.gaps.length === 0 ? (
              <p className="text-sm text-slate-600">
                No gaps recorded. Record a service, upload and confirm documents, then run the review.
              </p>
            ) : (
              <table className="w-full text-sm">
                <thead className="whitespace-nowrap text-left text-slate-500">
                  <tr>
                    <th className="py-1 pr-2">Severity</th>
                    <th className="pr-2">Gap</th>
                    <th className="pr-2">Service</th>
                    <th className="pr-2">Owner</th>
                    <th className="pr-2">Due</th>
                    <th>Status</th>
                  </tr>
                </thead>
                {/* Rows as one piece of markup (lib/vendors/profile/gap-rows-html.ts, docs/decisions/040). */}
                <tbody
                  dangerouslySetInnerHTML={{ __html: vendorGapRowsHtml(vendor.gaps, { serviceName, nameOf }).text }}
                />
              </table>
            )}
          </Section>

          <VendorDocuments actor={actor} vendorId={vendor.id} loaded={profile.documents} />

          <Section title="Sub-processors" id="subprocessors">
            {vendor.subprocessors.length ? (
              <table className="w-full text-sm">
                <thead className="text-left text-slate-500">
                  <tr>
                    <th className="py-1">Name</th>
                    <th>Purpose</th>
                    <th>Location</th>
                  </tr>
                </thead>
                <tbody>
                  {vendor.subprocessors.map((s) => (
                    <tr key={s.id} className="border-t border-slate-100">
                      <td className="py-1.5">{s.name}</td>
                      <td data-label="Purpose">{s.purpose ?? "—"}</td>
                      <td data-label="Location">{s.location ?? "—"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : (
              <p className="text-sm text-slate-600">
                Upload and confirm the vendor&apos;s sub-processor list to compare it with the SOC report&apos;s
                subservice organisations.
              </p>
            )}
          </Section>
        </div>

        <div className="space-y-6">
          <Section title="What you buy" id="services">
            {vendor.services.length ? (
              <ul className="mb-4 space-y-3 text-sm">
                {vendor.services.map((s) => (
                  <li
                    key={s.id}
                    className={`rounded-md p-3 ${s.retiredAt ? "border border-dashed border-slate-300" : "bg-slate-50"}`}
                  >
                    <p className="font-medium">
                      {s.name} <span className="font-normal text-slate-500">· {s.criticality}</span>
                      {s.publicSector ? <span className="font-normal text-slate-500"> · public sector</span> : null}
                      {s.retiredAt ? (
                        <span className="font-normal text-slate-500"> · retired {fromDbDate(s.retiredAt)}</span>
                      ) : null}
                    </p>
                    <p className="text-slate-600">
                      Regions: {s.regions.join(", ") || "—"}
                      {s.locations.length ? ` · ${s.locations.join(", ")}` : ""}
                    </p>
                    {s.systems.length ? <p className="text-slate-600">Systems: {s.systems.join(", ")}</p> : null}
                    {s.dataTypes.length ? (
                      <p className="text-slate-600">Data: {s.dataTypes.join(", ").replace(/_/g, " ")}</p>
                    ) : null}
                    {s.contractedLegalEntity ? (
                      <p className="text-slate-600">Contracted with {s.contractedLegalEntity}</p>
                    ) : null}
                    <p className="text-slate-600">
                      Owner: {nameOf(s.ownerId) ?? "nobody yet"}
                      {s.relianceDate ? ` · relied on from ${fromDbDate(s.relianceDate)}` : ""}
                    </p>
                    {canEdit ? (
                      <div className="mt-2 space-y-2">
                        {s.retiredAt ? null : (
                          <Disclosure summary={`Edit “${s.name}”`} initiallyOpen={false}>
                            <ServiceForm
                              action={updateServiceAction}
                              vendorId={vendor.id}
                              members={members}
                              service={{
                                ...s,
                                relianceDate: fromDbDate(s.relianceDate),
                              }}
                            />
                          </Disclosure>
                        )}
                        <ActionButton
                          action={retireServiceAction}
                          fields={{ vendorId: vendor.id, serviceId: s.id, retired: s.retiredAt ? "0" : "1" }}
                          label={s.retiredAt ? `Reinstate “${s.name}”` : `Retire “${s.name}”`}
                          pendingLabel={s.retiredAt ? "Reinstating…" : "Retiring…"}
                          className={secondaryButtonClass}
                        />
                      </div>
                    ) : null}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="mb-3 text-sm text-slate-600">
                Record what you buy from this vendor: gaps are measured against it.
              </p>
            )}
            {canEdit ? (
              <Disclosure summary="Add a service" initiallyOpen={vendor.services.length === 0}>
                <ServiceForm action={createServiceAction} vendorId={vendor.id} members={members} />
              </Disclosure>
            ) : null}
          </Section>

          <Section title="Review decisions" id="decisions">
            {vendor.reviews.length ? (
              <ul className="mb-4 space-y-2 text-sm">
                {vendor.reviews.map((r) => (
                  <li key={r.id} className="rounded-md bg-slate-50 p-2">
                    <p className="font-medium">
                      {DECISION_LABELS[r.decision]}
                      {r.serviceId ? ` · ${serviceName.get(r.serviceId) ?? "service"}` : ""}
                    </p>
                    <p className="text-slate-700">{r.note}</p>
                    <p className="text-xs text-slate-500">
                      {nameOf(r.decidedById)} · {r.decidedAt.toISOString().slice(0, 16).replace("T", " ")} UTC
                    </p>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="mb-3 text-sm text-slate-600">No decision yet.</p>
            )}
            {can(actor.role, "review:decide") ? (
              <DecisionForm
                action={recordDecisionAction}
                vendorId={vendor.id}
                services={activeServices}
                serious={serious}
              />
            ) : null}
          </Section>

          <Section
            title="History"
            id="history"
            actions={
              <a
                className="text-sm text-indigo-700 hover:underline"
                href={showViews ? `/vendors/${vendor.id}#history` : `/vendors/${vendor.id}?history=all#history`}
              >
                {showViews ? "Hide document views" : "Show document views"}
              </a>
            }
          >
            <HistoryList events={history} nameOf={actorOf} />
          </Section>
        </div>
      </div>
    </>
  );
}

function Section({
  title,
  id,
  actions,
  children,
}: {
  title: string;
  id: string;
  actions?: React.ReactNode;
  children: React.ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-h`} className="rounded-lg border border-slate-200 bg-white p-4">
      <div className="mb-3 flex flex-wrap items-start justify-between gap-2">
        <h2 id={`${id}-h`} className="text-base font-semibold">
          {title}
        </h2>
        {actions}
      </div>
      {children}
    </section>
  );
}
