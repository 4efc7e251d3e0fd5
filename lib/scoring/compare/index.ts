// Comparing a document with the one it superseded (docs/decisions/021): the vendor page's comparison
// panel shows it and the sub-processor change check scores it, so the rule lives here once.
export { compareSocReports } from "./soc-reports";
export type { Change, PeriodJoin, ReportComparison } from "./soc-reports";
export { compareSubprocessorLists } from "./subprocessor-lists";
export type { ListComparison, Relocation } from "./subprocessor-lists";
