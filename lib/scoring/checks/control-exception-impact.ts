import type { CheckContext, GapDraft } from "../check-types";
import { cite, citeField, isType2Soc2, reliedOnSocReport } from "../evidence";
import { weighedImpact } from "../exception-impact";
import { shortHash } from "../hash";
import { exceptionIdentity } from "../exception-identity";

/** What does each control exception mean for this buyer's service and data? (§3.4) */
export function checkControlExceptionImpact({ vendor, service }: CheckContext): GapDraft[] {
  const report = reliedOnSocReport(vendor);
  if (!report || !isType2Soc2(report)) return [];
  if (report.exceptions === null) {
    return [
      {
        subject: report.documentId,
        severity: "low",
        title: "Could not verify the results of the tests of controls",
        detail:
          'Section IV test results were not extracted. Missing text is not "no exceptions": read the testing section.',
        citation: citeField(report, "exceptions"),
      },
    ];
  }
  const seen = new Map<string, number>();
  return report.exceptions.map((exception) => {
    const criteria = [...exception.criteria].sort();
    const impact = weighedImpact(criteria, exception.deviation, service);
    const response = exception.managementResponse?.trim();
    // One finding per control and criteria, as the year-over-year comparison counts them; a second exception on
    // the same control in one report is its own finding.
    const identity = `${criteria.join(",")}:${shortHash(exceptionIdentity(exception))}`;
    const nth = (seen.get(identity) ?? 0) + 1;
    seen.set(identity, nth);
    return {
      subject: `${report.documentId}:${identity}${nth > 1 ? `#${nth}` : ""}`,
      severity: impact.severity,
      title: `Control exception${criteria.length ? ` on ${criteria.join(", ")}` : ""}`,
      detail: `${exception.control ? `Control: ${exception.control} ` : ""}Exception: ${exception.deviation} Why it matters: ${impact.reason}.${response ? ` Management's response (unaudited): ${response}` : " No management response is captured: ask how it was fixed."}`,
      citation: cite(report.documentId, exception.source),
    };
  });
}
