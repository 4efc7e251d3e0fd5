// Response headers for every page and API route (ASVS 3.4). Pages get a Content-Security-Policy with a
// fresh nonce per request from proxy.ts (docs/decisions/026): Next puts that nonce on its own bootstrap
// scripts, 'strict-dynamic' lets those load the app's chunks, and no other inline script runs.
// Everything the proxy does not see (static files, the upload routes) gets the same policy without a
// nonce, so no inline script at all.

/** The request header Next reads the nonce from (it parses `'nonce-…'` out of its script-src). */
export const CSP_HEADER = "Content-Security-Policy";

/** 16 random bytes, base64: unguessable, and only characters a nonce-source allows. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

export function contentSecurityPolicy(opts: { dev: boolean; nonce?: string }): string {
  // With a nonce, 'strict-dynamic' trusts what the nonced scripts load and makes browsers ignore 'self'
  // (kept for browsers without CSP 3). Without one, only this origin's script files run.
  const scripts = opts.nonce ? `'self' 'nonce-${opts.nonce}' 'strict-dynamic'` : "'self'";
  return [
    "default-src 'self'",
    // React's development build needs eval for its error overlay and stack traces.
    `script-src ${scripts}${opts.dev ? " 'unsafe-eval'" : ""}`,
    // Styles keep 'unsafe-inline': server-rendered style attributes (bar widths on the dashboard and
    // upload progress) cannot carry a nonce, and a nonce here would make browsers ignore 'unsafe-inline'.
    // Injected CSS cannot run code; the script policy is what stops XSS.
    "style-src 'self' 'unsafe-inline'",
    // pdf.js's worker is a module file under /_next/static (docs/decisions/020), named explicitly so it
    // does not depend on how 'strict-dynamic' treats workers.
    "worker-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** The headers other than the CSP, identical for every response. */
export function securityHeaders(opts: { https: boolean }): { key: string; value: string }[] {
  const headers = [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Referrer-Policy", value: "same-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ];
  if (opts.https) headers.push({ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" });
  return headers;
}
