import type { CheckContext, GapDraft } from "../check-types";
import { daysBetween } from "../dates";
import { describeCertificate } from "../describe";
import { citeField, currentIso27001Certificates } from "../evidence";

// A printed due date is met by an audit up to four months before it, and checked a month after it.
const EARLY_AUDIT_DAYS = 120;
const PRINTED_GRACE_DAYS = 30;

/**
 * Has a certification audit happened within the surveillance interval? Surveillance is at least
 * yearly and the first within 12 months of the decision (ISO/IEC 17021-1 §9.1.3, §3.11).
 */
export function checkSurveillanceCurrent({ vendor, policy, asOf }: CheckContext): GapDraft[] {
  return currentIso27001Certificates(vendor).flatMap((cert): GapDraft[] => {
    const field = cert.lastSurveillanceDate
      ? "lastSurveillanceDate"
      : cert.issueDate
        ? "issueDate"
        : "originalCertificationDate";
    const lastAudit = cert.lastSurveillanceDate ?? cert.issueDate ?? cert.originalCertificationDate;
    const citation = citeField(cert, field);
    if (lastAudit === null) {
      return [
        {
          subject: cert.documentId,
          severity: "low",
          title: "Could not verify surveillance audits",
          detail: "Neither an issue date nor a surveillance date was found, so the audit cycle cannot be followed.",
          citation,
        },
      ];
    }
    // Printed surveillance / recertification dates are the certification body's own schedule: use them.
    const printed = [...(cert.surveillanceDue ?? [])].sort();
    if (printed.length > 0) {
      const due = printed.filter((date) => daysBetween(date, asOf) > PRINTED_GRACE_DAYS).at(-1);
      const confirmed =
        cert.lastSurveillanceDate !== null && due && daysBetween(cert.lastSurveillanceDate, due) <= EARLY_AUDIT_DAYS;
      if (!due || confirmed) return [];
      return [
        {
          subject: cert.documentId,
          severity: cert.expiryDate !== null && daysBetween(asOf, cert.expiryDate) < 0 ? "low" : "medium",
          title: "Scheduled surveillance audit not confirmed",
          detail: `The ${describeCertificate(cert)} schedules a surveillance audit by ${due}; nothing on file confirms it took place. Ask the certification body (or its public register) to confirm the certificate is maintained.`,
          citation: citeField(cert, "surveillanceDue"),
        },
      ];
    }
    const since = daysBetween(lastAudit, asOf);
    if (since <= policy.surveillanceIntervalDays) return [];
    const expired = cert.expiryDate !== null && daysBetween(asOf, cert.expiryDate) < 0;
    return [
      {
        subject: cert.documentId,
        // Once the certificate has expired, certificate-in-date carries the weight.
        severity: expired ? "low" : "medium",
        title: "Surveillance audit overdue",
        detail: `The last audit on record for the ${describeCertificate(cert)} is ${lastAudit}, ${since} days before ${asOf}; policy allows ${policy.surveillanceIntervalDays}. Ask for the latest surveillance audit confirmation from the certification body.`,
        citation,
      },
    ];
  });
}
