import "server-only";
import { cookies } from "next/headers";
import { decode } from "next-auth/jwt";
import { auth, SESSION_COOKIE } from "./auth";
import { claimsFrom, type SessionClaims } from "./session-policy";

/**
 * This request's session claims (signed and encrypted by Auth.js; not yet checked against the
 * database: load-actor.ts does that on every request).
 *
 * Pages read them on every request, so this decodes the session cookie itself with the secret and
 * salt Auth.js uses, rather than calling auth(): that runs Auth.js's whole session endpoint in
 * process (request and response objects, a CSRF token, decode, a re-encoded cookie a server
 * component cannot set, JSON out and back), about four times the CPU for the same claims
 * (docs/decisions/035). The jwt and session callbacks in auth.ts leave these claims unchanged on a
 * plain read, so the result is the same. An expired, tampered or foreign token decodes to nothing.
 */
export async function readSessionClaims(): Promise<SessionClaims | null> {
  const jar = await cookies();
  const token = jar.get(SESSION_COOKIE)?.value;
  // A token too large for one cookie arrives in chunks (name.0, name.1, …): Auth.js joins them.
  if (!token) return jar.has(`${SESSION_COOKIE}.0`) ? claimsFrom(await auth()) : null;
  const secret = process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET; // as next-auth reads it
  if (!secret) return null;
  try {
    return claimsFrom(await decode({ token, secret, salt: SESSION_COOKIE }));
  } catch {
    return null; // not ours, tampered with, or encrypted with a previous secret: not signed in
  }
}
