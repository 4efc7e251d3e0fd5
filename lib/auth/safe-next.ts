/** Only same-site paths may follow a login; anything else (//evil.com, https://…) goes to the dashboard. */
export function safeNextPath(next: unknown): string {
  if (typeof next !== "string" || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) {
    return "/dashboard";
  }
  if (next.startsWith("/login") || next.startsWith("/api/")) return "/dashboard";
  return next.slice(0, 2048);
}
