import "server-only";
import { cookies } from "next/headers";
import { signIn } from "../auth";
import { findSsoTenantForDomain } from "./data";
import { emailDomain } from "./identity";
import { SSO_COOKIE, SSO_COOKIE_MINUTES, SSO_PROVIDER_ID } from "./provider";

/** Why single sign-on could not start, shown on /login/sso (`?error=`). */
export const SSO_START_ERRORS = {
  email: "Enter your work email address.",
  "not-set-up": "Single sign-on is not set up for that address. Sign in with your password.",
} as const;
export type SsoStartError = keyof typeof SSO_START_ERRORS;

export function ssoStartError(code: unknown): string | undefined {
  return typeof code === "string" && Object.hasOwn(SSO_START_ERRORS, code)
    ? SSO_START_ERRORS[code as SsoStartError]
    : undefined;
}

/**
 * "Sign in with single sign-on" (public): the work address's domain finds the organisation whose
 * connection allows it; the choice rides in a short-lived cookie to Auth.js's OpenID Connect flow.
 * Returns where the browser goes next: the identity provider (or Auth.js's error page), or an error.
 */
export async function startSso(rawEmail: string): Promise<{ location: string } | { error: SsoStartError }> {
  const email = rawEmail.trim().toLowerCase().slice(0, 254);
  if (!email.includes("@")) return { error: "email" };
  const tenantId = await findSsoTenantForDomain(emailDomain(email));
  if (!tenantId) return { error: "not-set-up" };
  (await cookies()).set(SSO_COOKIE, tenantId, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    maxAge: SSO_COOKIE_MINUTES * 60,
    secure: (process.env.AUTH_URL ?? process.env.APP_URL ?? "").startsWith("https://"),
  });
  const location = await signIn(SSO_PROVIDER_ID, { redirectTo: "/login", redirect: false }, { login_hint: email });
  return { location };
}
