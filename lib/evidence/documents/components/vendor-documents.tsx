import Link from "next/link";
import type { Actor } from "@/lib/auth/load-actor";
import { can } from "@/lib/auth/roles";
import { UploadWidget } from "@/lib/evidence/components/upload-widget";
import { documentKindLabel } from "@/lib/vocabulary";
import { ActionButton } from "@/components/ui/action-button";
import { Badge } from "@/components/ui/badge";
import { secondaryButtonClass } from "@/components/ui/form-field";
import { deleteDocumentAction, supersedeDocumentAction } from "../actions";
import type { VendorDocumentsView } from "../loaders";
import { DeleteDocumentForm } from "./delete-document-form";
import { DocumentComparisonPanel } from "./document-comparison";
import { fromDbDate } from "@/lib/dates";

/**
 * The vendor page's documents section: versions over time, replace, remove, and year-over-year
 * comparison. Its data comes with the page's own read (loadVendorProfile → vendorDocumentsIn).
 */
export function VendorDocuments({
  actor,
  vendorId,
  loaded,
}: {
  actor: Actor;
  vendorId: string;
  loaded: VendorDocumentsView;
}) {
  const { documents, suggestions, comparisons, deleted } = loaded;
  const canUpload = can(actor.role, "document:upload");
  const canReplace = can(actor.role, "fact:confirm");
  return (
    <section aria-labelledby="documents-h" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="documents-h" className="mb-3 text-base font-semibold">
        Documents
      </h2>
      {suggestions.length && canReplace ? (
        <ul className="mb-3 space-y-2" aria-label="Newer versions found">
          {suggestions.map((s) => (
            <li key={s.olderId} className="rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-950">
              <p className="mb-2">
                <strong>{s.newer}</strong> is a newer version of <strong>{s.older}</strong>. Replace it: findings raised
                again keep their owner, due date, comments and acceptance (marked repeat); fixed ones close.
              </p>
              <ActionButton
                action={supersedeDocumentAction}
                fields={{ olderId: s.olderId, newerId: s.newerId }}
                label={`Replace ${s.older}`}
                pendingLabel="Replacing…"
                className={secondaryButtonClass}
              />
            </li>
          ))}
        </ul>
      ) : null}
      {documents.length ? (
        <ul className="mb-4 divide-y divide-slate-100">
          {documents.map((d) => (
            <li key={d.id} className="py-2 text-sm">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <div>
                  <Link href={`/documents/${d.id}`} className="font-medium text-indigo-700 hover:underline">
                    {d.filename}
                  </Link>
                  <span className="ml-2 text-slate-500">
                    {documentKindLabel(d.kind)}
                    {d.pages ? ` · ${d.pages} page${d.pages === 1 ? "" : "s"}` : ""}
                  </span>
                  <p className="text-xs text-slate-500">{d.summary ?? `Uploaded ${fromDbDate(d.uploadedAt)}`}</p>
                  {d.supersededBy ? (
                    <p className="text-xs text-slate-600">Replaced by {d.supersededBy}: no longer scored.</p>
                  ) : null}
                  {d.parseStatus === "failed" ? <p className="text-xs text-red-700">{d.parseError}</p> : null}
                </div>
                <div className="flex gap-2">
                  {d.supersededBy ? (
                    <Badge tone="muted">Superseded</Badge>
                  ) : d.parseStatus === "parsed" ? (
                    d.confirmedAt ? (
                      <Badge tone="good">Facts confirmed</Badge>
                    ) : (
                      <Badge tone="medium">Awaiting confirmation</Badge>
                    )
                  ) : (
                    <Badge tone={d.parseStatus === "failed" ? "critical" : "muted"}>{d.parseStatus}</Badge>
                  )}
                </div>
              </div>
              {canUpload ? (
                <div className="mt-1">
                  <DeleteDocumentForm action={deleteDocumentAction} documentId={d.id} filename={d.filename} />
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="mb-3 text-sm text-slate-600">No documents yet.</p>
      )}
      {comparisons.length ? (
        <div className="mb-4 space-y-3">
          <h3 className="text-sm font-semibold text-slate-800">Year over year</h3>
          {comparisons.map((c) => (
            <DocumentComparisonPanel key={`${c.older}->${c.newer}`} comparison={c} />
          ))}
        </div>
      ) : null}
      {deleted.length ? (
        <details className="mb-4 text-xs text-slate-600">
          <summary>Removed documents ({deleted.length})</summary>
          <ul className="mt-1 space-y-1">
            {deleted.map((d) => (
              <li key={d.id}>
                {d.filename} · removed {fromDbDate(d.deletedAt)}
                {d.reason ? ` · ${d.reason}` : ""}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {canUpload ? <UploadWidget vendorId={vendorId} /> : null}
    </section>
  );
}
