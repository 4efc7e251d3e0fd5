import type { CheckContext, GapDraft } from "../check-types";
import { listNames } from "../describe";
import { cite, reliedOnSocReport } from "../evidence";
import { NameIndex } from "../name-index";
import { sortedByKey } from "../order";
import { entityKey } from "../names";
import { couldBeVendor } from "../register/reliance";
import type { Subprocessor } from "../types";

const DATA_PATH = /host|infra|cloud|data|storage|database|compute|processing|email|e-mail|backup/i;

/**
 * Do the vendor's sub-processor list and its own report's subservice organisations agree? They are
 * different lists, but a provider on the data path should appear in both. Only lists and reports of
 * the same company are compared; each direction is one finding naming every mismatch. (§3.6)
 */
export function checkSubprocessorsReconcile({ vendor, service }: CheckContext): GapDraft[] {
  const report = reliedOnSocReport(vendor);
  const handlesPersonal = service.dataTypes.some((type) => type !== "public");
  if (vendor.subprocessorLists.length === 0) {
    // The note is about reconciling with a report: with no report naming subservice organisations, nothing to reconcile.
    return handlesPersonal && report && report.kind !== "soc1" && (report.subserviceOrgs?.length ?? 0) > 0
      ? [
          {
            subject: "no-list",
            severity: "low",
            title: "No sub-processor list on file",
            detail:
              "Without the vendor's sub-processor list, the providers that touch your data cannot be reconciled with the report.",
            citation: null,
            about: report.documentId,
          },
        ]
      : [];
  }
  if (!report || report.subserviceOrgs === null || report.kind === "soc1") return [];
  const orgs = report.subserviceOrgs;
  const lists = vendor.subprocessorLists.filter(
    (list) =>
      !list.organisation ||
      !report.serviceOrganization ||
      couldBeVendor(list.organisation, [report.serviceOrganization]),
  );
  if (lists.length === 0) return [];

  const seen = new Set<string>();
  const entries: { entry: Subprocessor; documentId: string }[] = [];
  // Sorted first so that which copy of a name is kept does not depend on input order.
  const all = lists
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

  const reportIndex = new NameIndex(orgs.map((org) => org.name));
  const listIndex = new NameIndex(entries.map(({ entry }) => entry.name));
  const inReport = (name: string) => reportIndex.has(name);
  const onList = (name: string) => listIndex.has(name);
  const gaps: GapDraft[] = [];

  const notInReport = entries.filter(({ entry }) => entry.handlesBuyerData !== false && !inReport(entry.name));
  if (notInReport.length > 0) {
    const onDataPath = notInReport.some(
      ({ entry }) => entry.handlesBuyerData === true || (entry.purpose !== null && DATA_PATH.test(entry.purpose)),
    );
    gaps.push({
      subject: "subprocessors-not-in-report",
      severity: onDataPath ? "medium" : "low",
      title: `${notInReport.length} sub-processor${notInReport.length === 1 ? " is" : "s are"} not subservice organisations in the report`,
      detail: `On the sub-processor list but not named in the ${report.kind.toUpperCase()} report, so their controls are neither tested nor carved out: ${notInReport.map(({ entry }) => `${entry.name}${entry.purpose ? ` (${entry.purpose})` : ""}`).join("; ")}. Ask how the vendor oversees each (their own reports, contract terms).`,
      citation: cite(notInReport[0]!.documentId, notInReport[0]!.entry.source),
      about: report.documentId,
    });
  }
  const notOnList = sortedByKey(
    orgs.filter((org) => !onList(org.name)),
    (org) => JSON.stringify(org),
  );
  if (notOnList.length > 0) {
    gaps.push({
      subject: "subservice-not-on-list",
      severity: "medium",
      title: `Subservice organisation${notOnList.length === 1 ? "" : "s"} missing from the sub-processor list: ${listNames(notOnList.map((org) => org.name))}`,
      detail: `The report relies on ${notOnList.map((org) => `${org.name}${org.service ? ` (${org.service})` : ""}`).join("; ")}, but the vendor's sub-processor list does not disclose ${notOnList.length === 1 ? "it" : "them"}. Ask for the list to be corrected, or why ${notOnList.length === 1 ? "it does" : "they do"} not process your data.`,
      citation: cite(report.documentId, notOnList[0]!.source),
      about: report.documentId,
    });
  }
  return gaps;
}
