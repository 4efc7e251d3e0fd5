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
  const hit = decoded.get(token);
  if (hit && hit.secret === secret && Date.now() < hit.usableUntil) return { ...hit.claims };
  try {
    const payload = await decode({ token, secret, salt: SESSION_COOKIE });
    const claims = claimsFrom(payload);
    remember(token, secret, claims, payload?.exp);
    return claims;
  } catch {
    return null; // not ours, tampered with, or encrypted with a previous secret: not signed in
  }
}

/**
 * Tokens already decoded in this process, by their exact text: the same text always decrypts to
 * the same claims, so a repeat request skips the key derivation and decryption (docs/decisions/039).
 * An entry is used only until the token's own expiry (with the 15 s clock tolerance decode()
 * allows), so an expired token is refused as before; revocation is unaffected (the database check
 * runs on every request). Bounded: the oldest entry goes first.
 */
const decoded = new Map<string, { secret: string; claims: SessionClaims; usableUntil: number }>();
const MAX_DECODED = 2_000;
const CLOCK_TOLERANCE_MS = 15_000; // as @auth/core's decode()

function remember(token: string, secret: string, claims: SessionClaims | null, exp: unknown) {
  if (!claims || typeof exp !== "number") return;
  if (decoded.size >= MAX_DECODED) decoded.delete(decoded.keys().next().value!);
  decoded.set(token, { secret, claims, usableUntil: exp * 1000 + CLOCK_TOLERANCE_MS });
}
