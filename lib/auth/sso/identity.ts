// Whether an identity provider's answer may sign someone in to the organisation it belongs to.
// Pure, so every refusal is unit-tested: an address the provider has not verified, or one outside
// the organisation's allowed domains, never gets a membership.

export type SsoPolicy = { allowedDomains: string[] };
export type IdentityClaims = { email?: unknown; email_verified?: unknown; name?: unknown; sub?: unknown };

export type IdentityVerdict =
  | { ok: true; email: string; name: string; subject: string }
  | { ok: false; reason: "no-email" | "email-not-verified" | "domain-not-allowed"; email?: string };

export function emailDomain(email: string): string {
  return email.slice(email.lastIndexOf("@") + 1).toLowerCase();
}

export function normaliseDomains(raw: string): string[] {
  return [
    ...new Set(
      raw
        .split(/[\s,]+/)
        .map((d) => d.trim().toLowerCase().replace(/^@/, ""))
        .filter(Boolean),
    ),
  ];
}

export function isDomainShape(domain: string): boolean {
  return /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/.test(domain);
}

export function judgeIdentity(claims: IdentityClaims, policy: SsoPolicy): IdentityVerdict {
  const email = typeof claims.email === "string" ? claims.email.trim().toLowerCase() : "";
  if (!email.includes("@") || email.length > 254) return { ok: false, reason: "no-email" };
  if (claims.email_verified !== true) return { ok: false, reason: "email-not-verified", email };
  if (!policy.allowedDomains.includes(emailDomain(email))) return { ok: false, reason: "domain-not-allowed", email };
  const name = typeof claims.name === "string" && claims.name.trim() ? claims.name.trim().slice(0, 120) : email;
  return { ok: true, email, name, subject: String(claims.sub ?? "") };
}
