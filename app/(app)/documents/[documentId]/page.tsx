import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/roles";
import { confirmFactsAction, saveCuecMappingAction, setSubserviceReportAction } from "@/lib/evidence/facts/actions";
import { CuecRowForm } from "@/lib/evidence/facts/components/cuec-row-form";
import { FactsReview } from "@/lib/evidence/facts/components/facts-review";
import { factLabel } from "@/lib/evidence/facts/model";
import { loadDocumentFacts } from "@/lib/evidence/facts/data";
import { linkedCitation, openingPage } from "@/lib/evidence/facts/model/opening-page";
import { keepPageLater, loadKeptPages } from "@/lib/evidence/page-images/loaders";
import { OrganisationWarning } from "@/lib/evidence/documents/components/organisation-warning";
import { loadOrganisationWarning } from "@/lib/evidence/documents/loaders";
import { ActionButton } from "@/components/ui/action-button";
import { secondaryButtonClass } from "@/components/ui/form-field";

export const metadata: Metadata = { title: "Confirm facts" };

/**
 * The fact list and what goes with it, streamed inside the loading state's boundary. The header and the document
 * viewer beside it are the layout's, in the page's first HTML (docs/decisions/045); the viewer's page and quote are
 * shared with this list through ReviewViewerProvider.
 */
export default async function DocumentFactsPage({
  params,
  searchParams,
}: {
  params: Promise<{ documentId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActor();
  const { documentId } = await params;
  const query = await searchParams;
  const linked = linkedCitation(query.page, query.q);
  // Both read by the layout already for this request (cached).
  const [loaded, keptPages] = await Promise.all([
    loadDocumentFacts(actor, documentId),
    loadKeptPages(actor, documentId),
  ]);
  if (!loaded) notFound();
  const { doc, extracted, confirmed, members } = loaded;
  const canEdit = can(actor.role, "fact:confirm");
  const current = confirmed ?? extracted;
  // The viewer (the layout's) shows the opening page's kept image; a page without one is drawn and kept after this
  // response, so its next view has it (docs/decisions/041).
  if (doc.mimeType === "application/pdf" && current && doc.parseStatus === "parsed")
    keepPageLater(actor, doc.id, openingPage(current, doc.pages ?? 1, linked?.page), keptPages);
  const otherOrganisation = await loadOrganisationWarning(actor, doc.id, current);
  const names = new Map(members.map((m) => [m.id, m.name]));
  const flags = (current?.flags ?? []).map((f) => [
    f.value?.kind === "authenticity" ? "Authenticity" : "Consistency",
    f.value?.text ?? "",
  ]);
  // CUEC mappings and subservice answers are kept in the confirmed facts, so they exist once confirmed.
  const soc =
    confirmed &&
    (confirmed.kind === "soc1_report" || confirmed.kind === "soc2_report" || confirmed.kind === "soc3_report")
      ? confirmed.fields
      : null;
  const cuecs = (soc?.cuecs.value ?? []).flatMap((c) => (c.value ? [{ ...c.value, id: c.id, page: c.page }] : []));
  const orgs = (soc?.subserviceOrgs.value ?? []).flatMap((o) => (o.value ? [{ ...o.value, id: o.id }] : []));

  return (
    <>
      <OrganisationWarning warning={otherOrganisation} />

      {flags.length ? (
        <section
          className="mb-4 rounded-lg border border-orange-200 bg-orange-50 p-3 text-sm"
          aria-label="Flags raised while reading"
        >
          <h2 className="font-semibold text-orange-900">Flags raised while reading</h2>
          <ul className="mt-1 list-disc pl-5 text-orange-900">
            {flags.map(([k, f], i) => (
              <li key={i}>
                <strong>{k}:</strong> {f}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {current ? (
        <FactsReview
          action={confirmFactsAction}
          documentId={doc.id}
          initial={current}
          corrected={doc.corrections.map((c) => c.field)}
          canEdit={canEdit}
        />
      ) : doc.parseStatus === "parsed" ? (
        <p className="text-sm text-slate-600">No facts were found in this document.</p>
      ) : null}

      {cuecs.length ? (
        <section className="mt-8" aria-labelledby="cuecs-h">
          <h2 id="cuecs-h" className="mb-1 text-lg font-semibold">
            Complementary user entity controls ({cuecs.length})
          </h2>
          <p className="mb-3 text-sm text-slate-600">
            What the vendor relies on you to do. Each needs one of your controls, an owner and evidence, or it stays a
            gap.
          </p>
          <div className="space-y-2">
            {cuecs.map((c) => (
              <CuecRowForm
                key={c.id}
                action={saveCuecMappingAction}
                documentId={doc.id}
                members={members}
                canEdit={can(actor.role, "cuec:edit")}
                cuec={{ ...c, criteria: c.criteria ?? [] }}
              />
            ))}
          </div>
        </section>
      ) : null}

      {orgs.length ? (
        <section className="mt-8" aria-labelledby="subservice-h">
          <h2 id="subservice-h" className="mb-3 text-lg font-semibold">
            Subservice organisations
          </h2>
          <ul className="space-y-2">
            {orgs.map((s) => (
              <li
                key={s.id}
                className="flex flex-wrap items-center justify-between gap-2 rounded-lg border border-slate-200 bg-white p-3 text-sm"
              >
                <span>
                  <strong>{s.name}</strong>
                  {s.service ? ` · ${s.service}` : ""} ·{" "}
                  {s.method === "inclusive"
                    ? "inclusive"
                    : s.method === "carve-out"
                      ? "carved out"
                      : "treatment not stated"}{" "}
                  · own report {s.reportOnFile ? "on file" : "not on file"}
                </span>
                {can(actor.role, "cuec:edit") ? (
                  <ActionButton
                    action={setSubserviceReportAction}
                    fields={{ documentId: doc.id, orgId: s.id, onFile: s.reportOnFile ? "no" : "yes" }}
                    label={s.reportOnFile ? "Mark report not on file" : "Mark its own report on file"}
                    pendingLabel="Saving…"
                    className={secondaryButtonClass}
                  />
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {doc.corrections.length ? (
        <section className="mt-8" aria-labelledby="corrections-h">
          <h2 id="corrections-h" className="mb-2 text-lg font-semibold">
            Corrections
          </h2>
          <ol className="space-y-1 text-sm text-slate-700">
            {doc.corrections.map((c) => (
              <li key={c.id}>
                <span className="font-medium">{factLabel(current?.kind ?? "unknown", c.field)}</span>:{" "}
                {JSON.stringify(c.oldValue)} → {JSON.stringify(c.newValue)}{" "}
                <span className="text-slate-500">
                  · {names.get(c.correctedById) ?? "former member"} ·{" "}
                  {c.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC
                </span>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </>
  );
}
