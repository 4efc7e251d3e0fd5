/**
 * The origin the browser used, for Auth.js's route handler. Two things made the OAuth callback see
 * another origin than the sign-in that started it, so that the token request carried another
 * redirect_uri than the authorisation request and the identity provider answered invalid_grant:
 * - `signIn()` in a server action builds the redirect_uri from X-Forwarded-Host / Host
 *   (createActionURL in @auth/core), while the route handler takes the request's own URL, which
 *   Next.js builds from the address it listens on, not the name the browser (or proxy) used;
 * - Next.js's NextRequest rewrites a loopback host (127.x.x.x, [::1]) to "localhost" in its URL.
 * Deriving the callback's origin from the same headers as the sign-in, on a plain Request, keeps
 * both equal (`trustHost: true` already trusts these headers).
 */
export function originFromHeaders(headers: Headers, fallbackProtocol: string): string | null {
  const host = firstValue(headers.get("x-forwarded-host")) ?? firstValue(headers.get("host"));
  if (!host) return null;
  const protocol = (firstValue(headers.get("x-forwarded-proto")) ?? fallbackProtocol).replace(/:$/, "");
  if (protocol !== "http" && protocol !== "https") return null;
  // A header carrying a path, credentials or the like is not a host: keep the request's own URL.
  if (/[/\\@?#\s]/.test(host)) return null;
  try {
    return new URL(`${protocol}://${host}`).origin;
  } catch {
    return null;
  }
}

function firstValue(value: string | null): string | undefined {
  const first = value?.split(",")[0]?.trim();
  return first || undefined;
}

/**
 * The request Auth.js's handler should see: a plain Request (no loopback rewriting) at the
 * browser's origin, method, headers and body kept. With AUTH_URL set, next-auth fixes the origin
 * itself and needs its NextRequest, so the request passes unchanged.
 */
export async function forAuthHandler<R extends Request>(req: R): Promise<R> {
  if (process.env.AUTH_URL ?? process.env.NEXTAUTH_URL) return req;
  const url = new URL(req.url);
  const origin = originFromHeaders(req.headers, url.protocol);
  if (!origin) return req;
  const hasBody = req.method !== "GET" && req.method !== "HEAD";
  // The forms Auth.js receives are small: reading the body once avoids re-streaming it.
  const body = hasBody ? await req.arrayBuffer() : undefined;
  return new Request(origin + url.pathname + url.search, {
    method: req.method,
    headers: req.headers,
    body,
    signal: req.signal,
  }) as R;
}

/** A cookie's value from a request's Cookie header (plain Requests have no cookie jar). */
export function cookieFrom(headers: Headers, name: string): string | undefined {
  for (const part of (headers.get("cookie") ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}
