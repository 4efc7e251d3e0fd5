import Link from "next/link";
import { documentKindLabel } from "@/lib/vocabulary";
import { Alert } from "@/components/ui/alert";
import { secondaryButtonClass } from "@/components/ui/form-field";
import { PageHeader } from "@/components/ui/page-header";

type HeaderDocument = {
  id: string;
  filename: string;
  kind: string;
  pages: number | null;
  sha256: string;
  parseStatus: string;
  parseError: string | null;
  confirmedAt: Date | null;
  confirmedById: string | null;
  vendor: { id: string; legalName: string };
};

/**
 * The review page's head: the document's name, vendor and kind, its links, and where its reading and confirmation
 * stand. Rendered by the review page's layout from the document it has read anyway (docs/decisions/045).
 */
export function ReviewHeader({
  doc,
  members,
  canDownload,
}: {
  doc: HeaderDocument;
  members: { id: string; name: string }[];
  canDownload: boolean;
}) {
  const confirmedBy = members.find((m) => m.id === doc.confirmedById)?.name ?? "a former member";
  return (
    <>
      <PageHeader
        title={doc.filename}
        description={`${doc.vendor.legalName} · ${documentKindLabel(doc.kind)}${doc.pages ? ` · ${doc.pages} page${doc.pages === 1 ? "" : "s"}` : ""} · SHA-256 ${doc.sha256.slice(0, 12)}…`}
      >
        <Link href={`/vendors/${doc.vendor.id}`} className={secondaryButtonClass}>
          Back to vendor
        </Link>
        {canDownload ? (
          <a href={`/api/documents/${doc.id}`} className={secondaryButtonClass}>
            Download
          </a>
        ) : null}
      </PageHeader>

      {doc.parseStatus === "failed" ? <Alert>{doc.parseError ?? "This document could not be read."}</Alert> : null}
      {doc.parseStatus === "queued" || doc.parseStatus === "parsing" || doc.parseStatus === "retrying" ? (
        <Alert tone="info">Assay is still reading this document. This page updates when you reload it.</Alert>
      ) : null}
      {doc.confirmedAt ? (
        <div className="mb-4">
          <Alert tone="success">
            Facts confirmed by {confirmedBy} on {doc.confirmedAt.toISOString().slice(0, 16).replace("T", " ")} UTC.
            Scoring uses these.
          </Alert>
        </div>
      ) : doc.parseStatus === "parsed" ? (
        <div className="mb-4">
          <Alert tone="info">
            Check each fact against the page, correct what is wrong, type what the text layer could not hold, then
            confirm. Only confirmed facts are scored.
          </Alert>
        </div>
      ) : null}
    </>
  );
}
