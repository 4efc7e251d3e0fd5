import type { CheckContext, GapDraft } from "../check-types";
import { cite, reliedOnSocReport } from "../evidence";
import { entityKey, orgNamesMatch } from "../names";
import type { Subprocessor } from "../types";

const DATA_PATH = /host|infra|cloud|data|storage|database|compute|processing|email|e-mail|backup/i;

/**
 * Do the sub-processor list and the report's subservice organisations agree? They are different
 * lists, but a provider on the data path should appear in both. (§3.6, UnitOneAI #2495)
 */
export function checkSubprocessorsReconcile({ vendor, service }: CheckContext): GapDraft[] {
  const report = reliedOnSocReport(vendor);
  const handlesPersonal = service.dataTypes.some((type) => type !== "public");
  if (vendor.subprocessorLists.length === 0) {
    return handlesPersonal
      ? [
          {
            subject: "no-list",
            severity: "low",
            title: "No sub-processor list on file",
            detail:
              "Without the vendor's sub-processor list, the providers that touch your data cannot be reconciled with the report.",
            citation: null,
          },
        ]
      : [];
  }
  if (!report || report.subserviceOrgs === null) return [];
  const orgs = report.subserviceOrgs;

  const seen = new Set<string>();
  const entries: { entry: Subprocessor; documentId: string }[] = [];
  // Sorted first so that which copy of a name is kept does not depend on input order.
  const all = vendor.subprocessorLists
    .flatMap((list) =>
      list.entries.map((entry) => ({
        entry,
        documentId: list.documentId,
        order: JSON.stringify([entityKey(entry.name), list.documentId, entry]),
      })),
    )
    .sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0));
  for (const item of all) {
    const key = entityKey(item.entry.name);
    if (!seen.has(key)) entries.push(item);
    seen.add(key);
  }

  const missingFromReport = entries
    .filter(({ entry }) => entry.handlesBuyerData !== false && !orgs.some((org) => orgNamesMatch(org.name, entry.name)))
    .map(({ entry, documentId }): GapDraft => {
      const onDataPath = entry.handlesBuyerData === true || (entry.purpose !== null && DATA_PATH.test(entry.purpose));
      return {
        subject: `subprocessor:${entityKey(entry.name)}`,
        severity: onDataPath ? "medium" : "low",
        title: `Sub-processor ${entry.name} is not a subservice organisation in the report`,
        detail: `${entry.name}${entry.purpose ? ` (${entry.purpose})` : ""} is on the sub-processor list${entry.handlesBuyerData === null ? " (the list does not say whether it handles your data)" : ""} but the report does not name it, so its controls are neither tested nor carved out.`,
        citation: cite(documentId, entry.source),
      };
    });

  const missingFromList = orgs
    .filter((org) => !entries.some(({ entry }) => orgNamesMatch(org.name, entry.name)))
    .map((org): GapDraft => ({
      subject: `subservice:${entityKey(org.name)}`,
      severity: "medium",
      title: `Subservice organisation ${org.name} is missing from the sub-processor list`,
      detail: `The report relies on ${org.name}${org.service ? ` (${org.service})` : ""}, but the vendor's sub-processor list does not disclose it.`,
      citation: cite(report.documentId, org.source),
    }));

  return [...missingFromReport, ...missingFromList];
}
