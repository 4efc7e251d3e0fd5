// Old → new values for the audit trail: only the fields that really changed, dates as ISO days.
type Value = string | number | boolean | null | readonly string[];

export type FieldChanges = Record<string, { from: Value; to: Value }>;

export function diffFields(before: Record<string, Value>, after: Record<string, Value>): FieldChanges {
  const out: FieldChanges = {};
  for (const key of Object.keys(after)) {
    const a = before[key] ?? null;
    const b = after[key] ?? null;
    if (!same(a, b)) out[key] = { from: a, to: b };
  }
  return out;
}

function same(a: Value, b: Value): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  return a === b;
}
