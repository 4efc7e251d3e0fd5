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

/** "status: onboarding → active; tier: medium → high" from an audit event's data, or null. */
export function describeChanges(data: unknown): string | null {
  const changes = (data as { changes?: unknown } | null)?.changes;
  if (!changes || typeof changes !== "object") return null;
  const show = (v: unknown) => (v === null || v === "" ? "—" : Array.isArray(v) ? v.join(", ") || "—" : String(v));
  const parts = Object.entries(changes as Record<string, { from?: unknown; to?: unknown }>).map(
    ([field, c]) => `${field.replace(/([A-Z])/g, " $1").toLowerCase()}: ${show(c?.from)} → ${show(c?.to)}`,
  );
  return parts.length ? parts.join("; ") : null;
}
