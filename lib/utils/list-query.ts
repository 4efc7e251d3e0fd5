// Query strings of the list pages (vendors, gaps): read them, and link to a changed copy.

type SearchParams = Record<string, string | string[] | undefined>;

/** Next's searchParams with the first value of each repeated key, ready for a zod schema. */
export function firstValues(raw: SearchParams): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
}

/**
 * `path?query` for `query` with `patch` applied, leaving out empty values and values equal to the
 * page's defaults (so the first page links to `/vendors`, not `/vendors?page=1`).
 */
export function listHref<Q extends object>(
  path: string,
  query: Q,
  patch: Partial<Record<keyof Q, string | number | undefined>>,
  defaults: Partial<Record<keyof Q, string | number>> = {},
): string {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries({ ...query, ...patch })) {
    if (v === undefined || v === "" || v === null) continue;
    if (defaults[k as keyof Q] === v) continue;
    out[k] = String(v);
  }
  const qs = new URLSearchParams(out).toString();
  return qs ? `${path}?${qs}` : path;
}
