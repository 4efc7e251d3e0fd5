// The longest address Assay serves (issue #14, docs/operations.md "Long addresses"). Node refuses a
// request whose request line and headers together pass its header limit (16 KB by default) with a
// bare 431 that a person cannot read; below that, nothing bounded an address at all. Addresses up to
// MAX_URL_BYTES (path and query as sent, in bytes) are served with the session; longer ones get a
// plain 414 page at once, from the request gate (npm start) or from proxy.ts (any `next start`).

export const MAX_URL_BYTES = 8192;

/** Node's header limit under npm start: room for an 8 KB address twice over (request line and
 * Referer), Next's router-state header and cookies, so no address within the limit meets a 431. */
export const MAX_HEADER_BYTES = 64 * 1024;

/** True when the request target (path and query, as sent) is longer than the limit. */
export function uriTooLong(target) {
  // Percent-encoded targets are ASCII, so characters are bytes; a raw UTF-8 target is measured in bytes.
  return typeof target === "string" && Buffer.byteLength(target, "utf8") > MAX_URL_BYTES;
}

const MESSAGE = `This address is too long: Assay serves addresses up to ${MAX_URL_BYTES / 1024} KB. Shorten the search or filter and try again.`;

/** The 414 answer: JSON for the API, a small page for a browser. */
export function uriTooLongResponse(target) {
  if (/^\/api\//.test(target ?? "")) {
    return {
      status: 414,
      contentType: "application/json",
      body: JSON.stringify({ error: MESSAGE, code: "URI_TOO_LONG" }),
    };
  }
  const body = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Address too long · Assay</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 36rem; margin: 6rem auto; padding: 0 1rem; color: #0f172a">
<h1 style="font-size: 1.5rem">Address too long</h1>
<p>${MESSAGE}</p>
<p><a href="/dashboard" style="color: #4338ca">Back to the dashboard</a></p>
</body></html>
`;
  return { status: 414, contentType: "text/html; charset=utf-8", body };
}
