const FALLBACK = "/dashboard";
const ORIGIN = "http://assay.invalid";

/**
 * Only same-origin paths may follow a login; anything else goes to the dashboard. Decided by parsing
 * the way a browser will (M1): URL parsing drops tabs and newlines, so "/\t/evil.example" becomes
 * "//evil.example", another host, which a prefix check on the raw string let through.
 */
export function safeNextPath(next: unknown): string {
  if (typeof next !== "string" || !next.startsWith("/") || next.length > 2048) return FALLBACK;
  // Control characters (tab, CR, LF, NUL…) and backslashes have no business in a path of ours.
  if (/[\u0000-\u001f\u007f\\]/.test(next)) return FALLBACK;
  let url: URL;
  try {
    url = new URL(next, ORIGIN);
  } catch {
    return FALLBACK;
  }
  if (url.origin !== ORIGIN) return FALLBACK;
  const path = url.pathname + url.search + url.hash;
  if (path.startsWith("//") || path === "/login" || path.startsWith("/login?") || path.startsWith("/api/"))
    return FALLBACK;
  return path;
}
