import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/load-actor";
import { systemDb as db } from "@/lib/db";
import { confirmFacts } from "@/lib/evidence/facts/mutations";

// Evidence as an analyst leaves it: a parsed document whose facts a person confirmed. Confirming
// stores the vendor's evidence currency, which the dashboard, reminders and vendor list read.
// (The fact names are the extractor's; this is the one place tests spell them.)

export type EvidenceSpec =
  | { kind: "soc2_report"; periodEnd: string; filename?: string }
  | { kind: "iso_certificate"; expiry: string; standard?: string; filename?: string };

export async function addConfirmedEvidence(actor: Actor, vendorId: string, spec: EvidenceSpec) {
  const doc = await db.document.create({
    data: {
      tenantId: actor.tenantId,
      vendorId,
      kind: spec.kind,
      filename:
        spec.filename ?? (spec.kind === "soc2_report" ? `soc2-${spec.periodEnd}.pdf` : `iso-${spec.expiry}.pdf`),
      fileKey: `test/${randomUUID()}`,
      sha256: randomUUID().replace(/-/g, ""),
      sizeBytes: 1,
      mimeType: "application/pdf",
      parseStatus: "parsed",
    },
  });
  const edits =
    spec.kind === "soc2_report"
      ? [
          { field: "soc2_type", value: "type_2" },
          { field: "period_end", value: spec.periodEnd },
        ]
      : [
          { field: "standard", value: spec.standard ?? "ISO/IEC 27001" },
          { field: "expiry_date", value: spec.expiry },
        ];
  await confirmFacts(actor, doc.id, edits, spec.kind);
  return doc;
}
