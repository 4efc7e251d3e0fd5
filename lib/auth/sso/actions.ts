"use server";

import { cookies } from "next/headers";
import * as z from "zod";
import { authedAction } from "@/lib/action";
import { AppError } from "@/lib/errors";
import { ROLES } from "../roles";
import { signIn } from "../auth";
import { sealSecret } from "../mfa/seal";
import { domainsClaimedElsewhere, findSsoTenantForDomain } from "./data";
import { emailDomain, isDomainShape, normaliseDomains } from "./identity";
import { saveSsoConnection } from "./mutations";
import { SSO_COOKIE, SSO_COOKIE_MINUTES, SSO_PROVIDER_ID, ssoSecretPurpose } from "./provider";

export type SsoStartState = { error?: string; email?: string };

/**
 * "Sign in with single sign-on" (public): the work address's domain finds the organisation whose
 * connection allows it; the choice rides in a short-lived cookie to Auth.js's OpenID Connect flow.
 */
export async function startSsoAction(_prev: SsoStartState, form: FormData): Promise<SsoStartState> {
  const email = String(form.get("email") ?? "")
    .trim()
    .toLowerCase()
    .slice(0, 254);
  if (!email.includes("@")) return { error: "Enter your work email address.", email };
  const tenantId = await findSsoTenantForDomain(emailDomain(email));
  if (!tenantId) return { error: "Single sign-on is not set up for that address. Sign in with your password.", email };
  (await cookies()).set(SSO_COOKIE, tenantId, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    maxAge: SSO_COOKIE_MINUTES * 60,
    secure: (process.env.AUTH_URL ?? process.env.APP_URL ?? "").startsWith("https://"),
  });
  await signIn(SSO_PROVIDER_ID, { redirectTo: "/login" }, { login_hint: email });
  return {};
}

const ssoSettingsSchema = z.object({
  issuer: z
    .string()
    .trim()
    .max(500)
    .pipe(z.url({ protocol: /^https?$/, error: "Enter the issuer URL, like https://login.example.com" })),
  clientId: z.string().trim().min(1, { error: "Enter the client id" }).max(500),
  clientSecret: z.string().max(2000).optional(),
  allowedDomains: z.string().max(2000),
  defaultRole: z.enum(ROLES),
  enabled: z.enum(["on"]).optional(),
});

export const saveSsoAction = authedAction("user:manage", ssoSettingsSchema, async (input, actor) => {
  const domains = normaliseDomains(input.allowedDomains);
  if (domains.length === 0 || !domains.every(isDomainShape))
    throw new AppError("INVALID_INPUT", "List the e-mail domains allowed to sign in, like example.com.");
  const taken = await domainsClaimedElsewhere(actor.tenantId, domains);
  if (taken.length) throw new AppError("CONFLICT", `Another organisation's sign-in already uses ${taken.join(", ")}.`);
  const secret = input.clientSecret?.trim();
  await saveSsoConnection(actor, {
    issuer: input.issuer, // exactly as the provider announces it (some end in "/")
    clientId: input.clientId,
    clientSecret: secret ? sealSecret(secret, ssoSecretPurpose(actor.tenantId)) : null,
    allowedDomains: domains,
    defaultRole: input.defaultRole,
    enabled: input.enabled === "on",
  });
  return { ok: true as const, message: "Saved." };
});
