import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/load-actor";
import { systemDb as db } from "@/lib/db";
import { confirmFacts } from "@/lib/evidence/facts/mutations";
import { emptyFacts } from "@/lib/evidence/facts/model";

// Evidence as an analyst leaves it: a parsed document whose facts a person confirmed. Confirming
// stores the vendor's evidence currency, which the dashboard, reminders and vendor list read.
// (The fact names are the fact model's; this is the one place these tests spell them.)

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
  // Typed facts, as the review form submits them (lib/evidence/facts/model is the one definition).
  const facts = emptyFacts(spec.kind) as unknown as { fields: Record<string, { value: unknown }> };
  const set = (field: string, value: unknown) => {
    facts.fields[field] = { ...facts.fields[field], value };
  };
  if (spec.kind === "soc2_report") {
    set("type", "type_2");
    set("periodEnd", spec.periodEnd);
  } else {
    // An empty standard stands for "not named on the certificate".
    set("standard", spec.standard === "" ? null : (spec.standard ?? "ISO/IEC 27001"));
    set("expiryDate", spec.expiry);
  }
  await confirmFacts(actor, doc.id, facts);
  return doc;
}
