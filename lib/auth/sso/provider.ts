import "server-only";
import type { Provider } from "next-auth/providers";
import { openSecret } from "../mfa/seal";
import { findSsoConnection } from "./data";
import { judgeIdentity } from "./identity";
import { admitSsoPerson, recordSsoRefusal } from "./mutations";

/** The organisation a browser chose to sign in to through its identity provider (a short-lived cookie). */
export const SSO_COOKIE = "assay.sso-org";
export const SSO_COOKIE_MINUTES = 10;
export const SSO_PROVIDER_ID = "sso";

export const ssoSecretPurpose = (tenantId: string) => `sso-client-secret:${tenantId}`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Auth.js's generic OpenID Connect provider, configured from the chosen organisation's stored
 * connection (discovery, PKCE, state and nonce are Auth.js's). The profile step is where the answer
 * is judged: an address the provider has not verified, or one outside the allowed domains, is
 * refused (and audited); otherwise the person's membership is made just in time.
 */
export async function ssoProvider(tenantId: string | undefined): Promise<Provider | null> {
  if (!tenantId || !UUID.test(tenantId)) return null;
  const conn = await findSsoConnection(tenantId);
  if (!conn?.enabled || !conn.clientSecret) return null;
  return {
    id: SSO_PROVIDER_ID,
    name: "Single sign-on",
    type: "oidc",
    issuer: conn.issuer,
    clientId: conn.clientId,
    clientSecret: openSecret(conn.clientSecret, ssoSecretPurpose(tenantId)),
    authorization: { params: { scope: "openid email profile" } },
    checks: ["pkce", "state", "nonce"],
    // The ID token is still required and checked (signature, nonce), but the claims judged below come
    // from the UserInfo endpoint, whose `sub` must match it: OpenID Connect lets a provider keep
    // scope-requested claims (email, email_verified, name) out of the ID token when it also issues
    // an access token, and some (oidc-provider by default) do, which refused everyone as "no-email".
    idToken: false,
    async profile(claims: Record<string, unknown>) {
      const verdict = judgeIdentity(claims, conn);
      if (!verdict.ok) {
        await recordSsoRefusal(tenantId, { issuer: conn.issuer, email: verdict.email ?? null, reason: verdict.reason });
        return { id: "refused", ssoRefused: verdict.reason };
      }
      const admitted = await admitSsoPerson(tenantId, { ...verdict, issuer: conn.issuer }, conn.defaultRole);
      if (!admitted.ok) return { id: "refused", ssoRefused: admitted.reason };
      // Auth.js replaces a profile's `id` with a random one (it keeps ours as the account's
      // providerAccountId): the person's own id travels in a field of its own (read in auth.ts).
      return { id: admitted.userId, assayUserId: admitted.userId, email: verdict.email, name: verdict.name, tenantId };
    },
  } as Provider;
}
