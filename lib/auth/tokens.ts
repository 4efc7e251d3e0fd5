import { createHash, randomBytes } from "node:crypto";

/**
 * Secret link tokens (invitations, password resets, the setup token): 32 random bytes, base64url,
 * handed out once; only their SHA-256 is stored, so a database dump opens no account. SHA-256 and
 * not argon2: the token has 256 bits of entropy, nothing to slow down a guess of.
 */
export function newToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Well-formed tokens only: anything else is refused before it reaches the database. */
export function isTokenShape(token: unknown): token is string {
  return typeof token === "string" && /^[A-Za-z0-9_-]{43}$/.test(token);
}

/** An absolute link when the app knows its address (APP_URL / AUTH_URL), else a path. */
export function appLink(path: string, env: Record<string, string | undefined> = process.env): string {
  const base = (env.APP_URL ?? env.AUTH_URL ?? "").replace(/\/+$/, "");
  return `${base}${path}`;
}
