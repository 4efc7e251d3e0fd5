import { daysBetween } from "../dates";
import { exceptionCriteria, exceptionIdentity } from "../exception-identity";
import { entityKey, normalizeText } from "../names";
import type { ControlException, IsoDate, SocReport, SubserviceMethod, TscCategory } from "../types";

/** How two consecutive report periods meet: back to back, with days nobody reported on, or overlapping. */
export type PeriodJoin =
  | { kind: "continuous" }
  | { kind: "gap"; days: number; from: IsoDate; to: IsoDate }
  | { kind: "overlap"; days: number; from: IsoDate; to: IsoDate }
  | { kind: "unknown" };

export type Change<T> = { before: T; after: T };

export type ReportComparison = {
  exceptions: { added: ControlException[]; repeated: Change<ControlException>[]; cleared: ControlException[] };
  /** Exceptions of either report are unknown (SOC 3, Type 1, not read): the counts above say nothing. */
  exceptionsUnknown: boolean;
  tsc: { added: TscCategory[]; removed: TscCategory[] };
  scope: {
    servicesAdded: string[];
    servicesRemoved: string[];
    locationsAdded: string[];
    locationsRemoved: string[];
    system: Change<string | null> | null;
  };
  subservice: {
    added: string[];
    removed: string[];
    method: { name: string; before: SubserviceMethod | null; after: SubserviceMethod | null }[];
  };
  auditor: Change<string | null> | null;
  type: Change<SocReport["type"]> | null;
  opinion: Change<SocReport["opinion"]> | null;
  period: PeriodJoin;
};

/** Names compared as the scorer compares them: case, punctuation and legal forms do not matter. */
function listDiff(before: readonly string[] | null, after: readonly string[] | null, key = normalizeText) {
  const was = new Map((before ?? []).map((item) => [key(item), item]));
  const now = new Map((after ?? []).map((item) => [key(item), item]));
  return {
    added: [...now].filter(([k]) => !was.has(k)).map(([, item]) => item),
    removed: [...was].filter(([k]) => !now.has(k)).map(([, item]) => item),
  };
}

function changed<T>(before: T, after: T, same: (a: T, b: T) => boolean = (a, b) => a === b): Change<T> | null {
  return same(before, after) ? null : { before, after };
}

const sameName = (a: string | null, b: string | null) => entityKey(a ?? "") === entityKey(b ?? "");

function exceptionKey(item: ControlException): string {
  return `${exceptionCriteria(item).join(",")}|${exceptionIdentity(item)}`;
}

function compareExceptions(before: ControlException[], after: ControlException[]) {
  const remaining = new Map<string, ControlException[]>();
  for (const item of before) remaining.set(exceptionKey(item), [...(remaining.get(exceptionKey(item)) ?? []), item]);
  const added: ControlException[] = [];
  const repeated: Change<ControlException>[] = [];
  for (const item of after) {
    const match = remaining.get(exceptionKey(item))?.shift();
    if (match) repeated.push({ before: match, after: item });
    else added.push(item);
  }
  return { added, repeated, cleared: [...remaining.values()].flat() };
}

function periodJoin(before: SocReport, after: SocReport): PeriodJoin {
  if (!before.periodEnd || !after.periodStart) return { kind: "unknown" };
  const between = daysBetween(before.periodEnd, after.periodStart);
  if (between === 1) return { kind: "continuous" };
  if (between > 1) return { kind: "gap", days: between - 1, from: before.periodEnd, to: after.periodStart };
  return { kind: "overlap", days: 1 - between, from: after.periodStart, to: before.periodEnd };
}

/**
 * Last year's report against this year's, as a reviewer reads them side by side: which exceptions are
 * new, repeated or cleared; what changed in scope, trust services criteria, subservice organisations,
 * auditor, type and opinion; and whether the periods leave days uncovered or overlap. Pure.
 */
export function compareSocReports(before: SocReport, after: SocReport): ReportComparison {
  const exceptionsUnknown = before.exceptions === null || after.exceptions === null;
  const services = listDiff(before.inScopeServices, after.inScopeServices);
  const locations = listDiff(before.inScopeLocations, after.inScopeLocations);
  const orgNames = (report: SocReport) => (report.subserviceOrgs ?? []).map((org) => org.name);
  const orgs = listDiff(orgNames(before), orgNames(after), entityKey);
  const methodBefore = new Map((before.subserviceOrgs ?? []).map((org) => [entityKey(org.name), org.method]));
  return {
    exceptions: compareExceptions(before.exceptions ?? [], after.exceptions ?? []),
    exceptionsUnknown,
    tsc: listDiff(before.tscCategories, after.tscCategories) as ReportComparison["tsc"],
    scope: {
      servicesAdded: services.added,
      servicesRemoved: services.removed,
      locationsAdded: locations.added,
      locationsRemoved: locations.removed,
      system: changed(before.systemName, after.systemName, sameName),
    },
    subservice: {
      ...orgs,
      method: (after.subserviceOrgs ?? []).flatMap((org) => {
        const key = entityKey(org.name);
        if (!methodBefore.has(key)) return [];
        const was = methodBefore.get(key) ?? null;
        return was === org.method ? [] : [{ name: org.name, before: was, after: org.method }];
      }),
    },
    auditor: changed(before.auditor, after.auditor, sameName),
    type: changed(before.type, after.type),
    opinion: changed(before.opinion, after.opinion),
    period: periodJoin(before, after),
  };
}
