import { createHash, randomBytes } from "node:crypto";

// An API token: `assay_<organisation id, 32 hex>_<32 random bytes, base64url>`.
// - The organisation part lets the lookup run on the row-level-security connection with that
//   organisation set as the tenant, like a browser session's tenant claim: a token whose
//   organisation part was changed finds no row. It is not secret.
// - Only the SHA-256 of the whole token is stored. SHA-256 and not argon2: the secret part has 256
//   bits of entropy, so there is nothing for a slow hash to slow down, and a fast deterministic
//   hash lets the lookup be one unique-index probe per request (argon2 would cost ~70 ms a call).
// - The `assay_` prefix makes a leaked token easy to find with secret scanners.
const SHAPE = /^assay_([0-9a-f]{32})_([A-Za-z0-9_-]{43})$/;

export function newApiToken(tenantId: string): { token: string; hash: string } {
  const token = `assay_${tenantId.replace(/-/g, "").toLowerCase()}_${randomBytes(32).toString("base64url")}`;
  return { token, hash: hashApiToken(token) };
}

export function hashApiToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** The organisation a well-formed token names, or null for anything else (refused before the database). */
export function tokenTenantId(token: string): string | null {
  const m = SHAPE.exec(token);
  if (!m) return null;
  const h = m[1];
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** The token from an `Authorization: Bearer …` header value, or null. */
export function bearerToken(header: string | null): string | null {
  if (!header) return null;
  const m = /^Bearer[ ]+(\S+)\s*$/i.exec(header);
  return m ? m[1] : null;
}
