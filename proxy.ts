import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, CSP_HEADER, newNonce } from "@/lib/security-headers";
import { uriTooLong, uriTooLongResponse } from "@/lib/server/url-limit.mjs";

// Next 16 "proxy" (was middleware). It is NOT a security boundary: it only sends visitors without a
// session cookie to /login (remembering where they were going) and refuses malformed requests
// early. Every page, action and route handler still calls requireActor() (or, on /api/v1, checks
// the bearer token), which asks the database.
const PUBLIC = [
  /^\/login$/,
  /^\/login\/sso$/,
  /^\/login\/sso\/start$/,
  /^\/invite\/[^/]+$/,
  /^\/setup$/,
  /^\/forgot$/,
  /^\/reset\/[^/]+$/,
  /^\/api\/auth\//,
  /^\/api\/health$/,
  /^\/api\/ready$/,
  /^\/api\/v1\/openapi\.json$/,
  /^\/_next\//,
  /^\/favicon\.ico$/,
];
const COOKIES = ["assay.session", "__Host-assay.session"];

/** Methods no screen or API uses. TRACE would echo the request (cookies included) back. */
const REFUSED_METHODS = new Set(["TRACE", "TRACK", "CONNECT"]);

/**
 * Why a request is malformed, or null. These used to reach the app and fail there with a 500:
 * a NUL byte in the query (PostgreSQL refuses NUL in text), CR/LF in `next` (a header-splitting
 * attempt on the redirect), a query that is not valid percent-encoding.
 */
export function malformed(method: string, search: string): string | null {
  if (REFUSED_METHODS.has(method.toUpperCase())) return `The ${method.toUpperCase()} method is not supported.`;
  if (!search) return null;
  let params: URLSearchParams;
  try {
    // URLSearchParams replaces bad escapes silently; decodeURIComponent is the strict reading.
    decodeURIComponent(search.replace(/\+/g, " "));
    params = new URLSearchParams(search);
  } catch {
    return "The address has a malformed query string.";
  }
  for (const [key, value] of params) {
    if (key.includes("\0") || value.includes("\0")) return "The address contains a NUL character.";
    if (key === "next" && /[\r\n]/.test(value)) return "The return address contains a line break.";
  }
  return null;
}

export function proxy(req: NextRequest) {
  const { pathname } = req.nextUrl;
  // Stored documents carry their own `Content-Security-Policy: sandbox` (set by the route).
  if (pathname.startsWith("/api/documents/")) return route(req, undefined);
  // A fresh nonce per request (docs/decisions/026). Next reads it from the request's CSP header and
  // puts it on its own scripts; the response carries the same policy. Rendering with a nonce is
  // dynamic: app/layout.tsx makes every page so.
  const csp = contentSecurityPolicy({ dev: process.env.NODE_ENV === "development", nonce: newNonce() });
  const res = route(req, csp);
  res.headers.set(CSP_HEADER, csp);
  return res;
}

function route(req: NextRequest, csp: string | undefined): NextResponse {
  const { pathname, search } = req.nextUrl;
  // The request gate answers this before Next under npm start; a bare `next start` meets it here.
  const raw = new URL(req.url);
  const target = raw.pathname + raw.search;
  if (uriTooLong(target)) {
    const { status, contentType, body } = uriTooLongResponse(target);
    return new NextResponse(body, { status, headers: { "content-type": contentType, "cache-control": "no-store" } });
  }
  const bad = malformed(req.method, search);
  if (bad) return NextResponse.json({ error: bad, code: "BAD_REQUEST" }, { status: 400 });
  const next = () => {
    if (!csp) return NextResponse.next();
    const headers = new Headers(req.headers);
    headers.set(CSP_HEADER, csp);
    return NextResponse.next({ request: { headers } });
  };
  if (PUBLIC.some((re) => re.test(pathname))) return next();
  if (COOKIES.some((c) => req.cookies.has(c))) return next();
  // The API's routes check the token themselves (lib/api/tokens/bearer.ts).
  if (pathname.startsWith("/api/v1/") && req.headers.has("authorization")) return next();
  if (pathname.startsWith("/api/")) {
    return NextResponse.json({ error: "Sign in first." }, { status: 401 });
  }
  const url = new URL("/login", req.nextUrl);
  url.searchParams.set("next", pathname + search);
  return NextResponse.redirect(url);
}

// Uploads bypass the proxy: Next buffers (and caps at 10 MB) any body the proxy sees, which would
// stop the upload routes answering 413 before reading an oversized body. The routes check the
// session or token themselves (withActor), like every other route.
export const config = {
  matcher: [
    "/((?!_next/static|_next/image|favicon.ico|api/vendors/[^/]+/documents$|api/v1/vendors/[^/]+/documents$).*)",
  ],
};
