import type { CheckContext, GapDraft } from "../check-types";
import { describeCertificate } from "../describe";
import { citeField, currentIso27001Certificates } from "../evidence";

const SOA = /statement\s*of\s*applicability|\bSoA\b/i;

/**
 * Does a 2022 certificate cite the Statement of Applicability it was issued against? Without it the
 * buyer cannot tell which Annex A controls were in scope (the 2022 edition renumbered them all).
 */
export function checkIsoSoaReference({ vendor }: CheckContext): GapDraft[] {
  return currentIso27001Certificates(vendor).flatMap((cert): GapDraft[] => {
    // Not extracted at all: nothing to say (an absent field is not an absent reference).
    if (cert.soaReference === undefined || cert.standardVersion !== "2022") return [];
    if (cert.soaReference !== null || (cert.scopeStatement !== null && SOA.test(cert.scopeStatement))) return [];
    return [
      {
        subject: `${cert.documentId}:soa`,
        severity: "low",
        title: "Certificate cites no Statement of Applicability",
        detail: `The ${describeCertificate(cert)} does not reference the Statement of Applicability (version or date) it was issued against. Ask the vendor for the SoA to see which Annex A controls are included or excluded.`,
        citation: citeField(cert, "scopeStatement"),
      },
    ];
  });
}
