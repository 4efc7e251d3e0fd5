import type { CheckContext, GapDraft } from "../check-types";
import { compareDates } from "../dates";
import { citeField } from "../evidence";

/**
 * Are a document's dates possible? A period ending before it starts, a report signed before its
 * period ended or after today, a certificate issued after it expires: a typo or a forgery, either way
 * the vendor must correct it before the dates can be used. One finding per document.
 */
export function checkDatesImpossible({ vendor, asOf }: CheckContext): GapDraft[] {
  const gaps: GapDraft[] = [];
  for (const report of vendor.socReports) {
    const problems: string[] = [];
    if (before(report.periodEnd, report.periodStart))
      problems.push(`the period ends (${report.periodEnd}) before it starts (${report.periodStart})`);
    if (before(report.reportDate, report.periodEnd))
      problems.push(`the report is dated ${report.reportDate}, before its period ends (${report.periodEnd})`);
    if (before(asOf, report.reportDate)) problems.push(`the report is dated ${report.reportDate}, after ${asOf}`);
    if (problems.length > 0)
      gaps.push({
        subject: `${report.documentId}:dates`,
        severity: "high",
        title: "Impossible dates in the report",
        detail: `As printed, ${problems.join("; ")}. Ask the vendor (or the auditor) for a corrected report before relying on its dates.`,
        citation: citeField(report, report.reportDate ? "reportDate" : "periodEnd"),
      });
  }
  for (const cert of vendor.isoCertificates) {
    const problems: string[] = [];
    if (before(cert.expiryDate, cert.issueDate))
      problems.push(`it was issued ${cert.issueDate}, after it expires (${cert.expiryDate})`);
    if (before(asOf, cert.issueDate)) problems.push(`it was issued ${cert.issueDate}, after ${asOf}`);
    if (before(cert.expiryDate, cert.originalCertificationDate))
      problems.push(
        `it expires (${cert.expiryDate}) before its original certification (${cert.originalCertificationDate})`,
      );
    if (problems.length > 0)
      gaps.push({
        subject: `${cert.documentId}:dates`,
        severity: "high",
        title: "Impossible dates on the certificate",
        detail: `As printed, ${problems.join("; ")}. Check the certificate on the certification body's register.`,
        citation: citeField(cert, "issueDate"),
      });
  }
  return gaps;
}

function before(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && compareDates(a, b) < 0;
}
