import { compareDates } from "./dates";
import type { BridgeLetter, IsoDate, SocReport } from "./types";

export function bridgedPeriodEnd(letter: BridgeLetter, reports: SocReport[]): IsoDate | null {
  if (letter.bridgedPeriodEnd) return letter.bridgedPeriodEnd;
  return reports.find((report) => report.documentId === letter.bridgedReportId)?.periodEnd ?? null;
}

export function bridgesReport(letter: BridgeLetter, report: SocReport): boolean {
  if (letter.bridgedReportId !== null) return letter.bridgedReportId === report.documentId;
  return letter.bridgedPeriodEnd !== null && letter.bridgedPeriodEnd === report.periodEnd;
}

/** Reasons a letter's own dates make it impossible as written; empty when they are consistent. */
export function chronologyProblems(letter: BridgeLetter, periodEnd: IsoDate | null): string[] {
  const problems: string[] = [];
  if (periodEnd && letter.letterDate && compareDates(letter.letterDate, periodEnd) < 0) {
    problems.push(`the letter is dated ${letter.letterDate}, before the bridged period ended on ${periodEnd}`);
  }
  if (periodEnd && letter.coversThrough && compareDates(letter.coversThrough, periodEnd) <= 0) {
    problems.push(`it covers through ${letter.coversThrough}, which is not after the period end ${periodEnd}`);
  }
  if (letter.coversFrom && letter.coversThrough && compareDates(letter.coversThrough, letter.coversFrom) < 0) {
    problems.push(`it ends (${letter.coversThrough}) before it starts (${letter.coversFrom})`);
  }
  return problems;
}
