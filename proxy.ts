import { NextResponse, type NextRequest } from "next/server";

// Next 16 "proxy" (was middleware). It is NOT a security boundary: it only sends visitors without a
// session cookie to /login (remembering where they were going). Every page, action and route
// handler still calls requireActor(), which checks the session against the database.
const PUBLIC = [
  /^\/login$/,
  /^\/login\/sso$/,
  /^\/invite\/[^/]+$/,
  /^\/setup$/,
  /^\/forgot$/,
  /^\/reset\/[^/]+$/,
  /^\/api\/auth\//,
  /^\/api\/health$/,
  /^\/api\/ready$/,
  /^\/_next\//,
  /^\/favicon\.ico$/,
];
const COOKIES = ["assay.session", "__Host-assay.session"];

export function proxy(req: NextRequest) {
  const { pathname, search } = req.nextUrl;
  if (PUBLIC.some((re) => re.test(pathname))) return NextResponse.next();
  if (COOKIES.some((c) => req.cookies.has(c))) return NextResponse.next();
  if (pathname.startsWith("/api/")) {
    return NextResponse.json({ error: "Sign in first." }, { status: 401 });
  }
  const url = new URL("/login", req.nextUrl);
  url.searchParams.set("next", pathname + search);
  return NextResponse.redirect(url);
}

// Uploads bypass the proxy: Next buffers (and caps at 10 MB) any body the proxy sees, which would
// stop the upload route answering 413 before reading an oversized body. The route checks the
// session itself (withActor), like every other route.
export const config = { matcher: ["/((?!_next/static|_next/image|favicon.ico|api/vendors/[^/]+/documents$).*)"] };
