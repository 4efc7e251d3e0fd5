"use server";

import * as z from "zod";
import { authedAction } from "@/lib/action";
import { AppError } from "@/lib/errors";
import { ROLES } from "../roles";
import { sealSecret } from "../mfa/seal";
import { domainsClaimedElsewhere } from "./data";
import { isDomainShape, normaliseDomains } from "./identity";
import { saveSsoConnection } from "./mutations";
import { ssoSecretPurpose } from "./provider";

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
