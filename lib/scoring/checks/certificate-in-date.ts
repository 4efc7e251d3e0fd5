import type { CheckContext, GapDraft } from "../check-types";
import { daysBetween } from "../dates";
import { describeCertificate } from "../describe";
import { citeField, currentIso27001Certificates } from "../evidence";
import { forTier } from "../severity";

/** Is each certificate in date at asOf, and not about to expire? (§3.10 c, §3.11) */
export function checkCertificateInDate({ vendor, policy, asOf }: CheckContext): GapDraft[] {
  return currentIso27001Certificates(vendor).flatMap((cert): GapDraft[] => {
    const citation = citeField(cert, "expiryDate");
    if (cert.expiryDate === null) {
      return [
        {
          subject: cert.documentId,
          severity: "medium",
          title: "Could not verify the certificate's expiry date",
          detail: `No expiry date was found on the ${describeCertificate(cert)}.`,
          citation,
        },
      ];
    }
    const daysLeft = daysBetween(asOf, cert.expiryDate);
    if (daysLeft < 0) {
      return [
        {
          subject: cert.documentId,
          severity: forTier("high", vendor.tier),
          title: "Certificate expired",
          detail: `The ${describeCertificate(cert)} expired on ${cert.expiryDate}, ${-daysLeft} days before ${asOf}. Ask for the renewed certificate.`,
          citation,
          blocksDocument: cert.documentId,
        },
      ];
    }
    if (daysLeft <= policy.expiryWarningDays) {
      return [
        {
          subject: cert.documentId,
          severity: "low",
          title: "Certificate expiring soon",
          detail: `The ${describeCertificate(cert)} expires on ${cert.expiryDate}, in ${daysLeft} days. Ask when the recertification audit is scheduled.`,
          citation,
        },
      ];
    }
    return [];
  });
}
