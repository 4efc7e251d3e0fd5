import { criteriaFor, type Criterion } from "./criteria";
import { CONTROL_LIBRARY, EXCEPTION_LIBRARY } from "./soc2-library";
import type { ControlIdStyle, Soc2Spec } from "./soc2-spec";

export const RESULT_OK = "No exceptions noted.";
export const RESULT_EXCEPTION_PREFIX = "Exception noted.";

export type PlannedControl = {
  id: string;
  activity: string;
  test: string;
  criteria: string[];
  /** Index into spec.exceptions when this control failed testing. */
  exceptionIndex: number | null;
};

export type CriterionPlan = {
  criterion: Criterion;
  /** Rows printed under this criterion (a control may be printed under several criteria). */
  rows: PlannedControl[];
  /** Number of controls whose primary criterion is this one (next filler id continues after it). */
  primaryCount: number;
};

export function controlId(style: ControlIdStyle, criterionId: string, seq: number): string {
  const pad = String(seq).padStart(2, "0");
  switch (style) {
    case "criterion_dot":
      return `${criterionId}.${seq}`;
    case "criterion_dash":
      return `${criterionId}-${pad}`;
    case "family_seq": {
      // "CC6.2" → "6.2.05"; "A1.2" → "A1.2.05": shorter ids some firms print.
      const short = criterionId.startsWith("CC") ? criterionId.slice(2) : criterionId;
      return `${short}.${pad}`;
    }
  }
}

function fillAsset(text: string, asset: string): string {
  return text.replaceAll("{asset}", asset);
}

export function exceptionDeviation(spec: Soc2Spec, index: number): string {
  const e = spec.exceptions[index];
  return fillAsset(EXCEPTION_LIBRARY[e.template].deviation, e.asset)
    .replaceAll("{n}", String(e.exceptions))
    .replaceAll("{tested}", String(e.tested));
}

/** Pure plan of the Section IV rows (without filler), so expected facts never depend on rendering. */
export function planControls(spec: Soc2Spec): CriterionPlan[] {
  const criteria = criteriaFor(spec.categories);
  const inScope = new Set(criteria.map((c) => c.id));
  const primary = new Map<string, Array<Omit<PlannedControl, "id">>>();
  const add = (c: Omit<PlannedControl, "id">) => {
    const key = c.criteria[0];
    primary.set(key, [...(primary.get(key) ?? []), c]);
  };
  const exceptionControls = spec.exceptions.map((e, i) => {
    const t = EXCEPTION_LIBRARY[e.template];
    return {
      activity: fillAsset(t.activity, e.asset),
      test: fillAsset(t.test, e.asset),
      criteria: e.criteria,
      exceptionIndex: i,
    };
  });
  for (const t of CONTROL_LIBRARY) {
    const ids = t.criteria.filter((c) => inScope.has(c));
    if (ids.length > 0) add({ activity: t.activity, test: t.test, criteria: ids, exceptionIndex: null });
    // Exceptions sit right after a core control of the same criterion, as they would in a real matrix.
    for (const ec of exceptionControls) {
      if (ec.criteria[0] === ids[0] && !primary.get(ids[0])?.includes(ec)) add(ec);
    }
  }
  for (const ec of exceptionControls) if (!primary.get(ec.criteria[0])?.includes(ec)) add(ec);

  const withIds = new Map<string, PlannedControl[]>();
  for (const c of criteria) {
    withIds.set(
      c.id,
      (primary.get(c.id) ?? []).map((p, i) => ({ ...p, id: controlId(spec.controlIdStyle, c.id, i + 1) })),
    );
  }
  return criteria.map((criterion) => {
    const own = withIds.get(criterion.id) ?? [];
    const borrowed = spec.repeatControlsPerCriterion
      ? criteria
          .filter((other) => other.id !== criterion.id)
          .flatMap((other) => (withIds.get(other.id) ?? []).filter((p) => p.criteria.includes(criterion.id)))
      : [];
    return { criterion, rows: [...own, ...borrowed], primaryCount: own.length };
  });
}

/** Control ids of the exceptions, in spec order. */
export function exceptionControlIds(plan: CriterionPlan[], count: number): string[] {
  const ids: string[] = new Array(count).fill("");
  for (const p of plan)
    for (const r of p.rows) if (r.exceptionIndex !== null && !ids[r.exceptionIndex]) ids[r.exceptionIndex] = r.id;
  return ids;
}

export function exceptionRowCount(plan: CriterionPlan[]): number {
  return plan.reduce((n, p) => n + p.rows.filter((r) => r.exceptionIndex !== null).length, 0);
}
