import type { CheckContext, GapDraft } from "../check-types";
import { citeField, is27001, iso27001Certificates } from "../evidence";

/** Is each document offered as an ISO certificate really an ISO/IEC 27001 certificate? (§3.10 e) */
export function checkCertificateIs27001({ vendor, policy }: CheckContext): GapDraft[] {
  const real27001 = iso27001Certificates(vendor).length > 0;
  const severity = policy.requiresIso && !real27001 ? "high" : "low";
  return vendor.isoCertificates.flatMap((doc): GapDraft[] => {
    if (doc.docKind === "claims_page") {
      return [
        {
          subject: doc.documentId,
          severity,
          title: "Claims page offered as a certificate",
          detail:
            "This is the vendor's own description of its certifications: no certification body, dates or edition are given. Ask for the certificate itself.",
          citation: citeField(doc, "standard"),
        },
      ];
    }
    if (doc.standard === null) {
      return [
        {
          subject: doc.documentId,
          severity: "medium",
          title: "Could not verify which standard a certificate is for",
          detail: "The standard was not found on the certificate.",
          citation: citeField(doc, "standard"),
        },
      ];
    }
    if (is27001(doc.standard)) return [];
    return [
      {
        subject: doc.documentId,
        severity,
        title: `${doc.standard} certificate is not an ISO/IEC 27001 certificate`,
        detail: `A ${doc.standard}${doc.standardVersion ? `:${doc.standardVersion}` : ""} certificate does not certify an information security management system and cannot stand in for ISO/IEC 27001.`,
        citation: citeField(doc, "standard"),
      },
    ];
  });
}
