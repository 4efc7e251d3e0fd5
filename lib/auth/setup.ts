import "server-only";
import { daysAfter } from "@/lib/dates";
import { randomBytes } from "node:crypto";
import * as z from "zod";
import { countOrganisations } from "./first-run/data";
import { createFirstOrganisation, createInvitedOrganisation, saveSetupToken } from "./first-run/mutations";
import { AppError } from "@/lib/errors";
import { hashPassword } from "./password";
import { newPasswordSchema } from "./passwords-policy";
import { appLink, hashToken, isTokenShape, newToken } from "./tokens";

// First run and new organisations. An instance with no organisation shows /setup, protected by a
// one-time token that a start prints in the terminal (only someone who can read the server's output
// can create the first admin); headless `npm run setup` and the operator command do the same work
// from a shell, where the admin then gets an invitation link to choose their own password.

export const SETUP_TOKEN_HOURS = 24;
export const INVITATION_DAYS = 7;

const name = (what: string, max: number) =>
  z
    .string()
    .trim()
    .min(1, { error: `Enter ${what}` })
    .max(max, { error: `At most ${max} characters` });
const email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ error: "Enter an email address like name@example.com" }));

export const organisationSchema = z.object({
  orgName: name("the organisation's name", 120),
  adminName: name("your name", 120),
  adminEmail: email,
});
export const setupSchema = organisationSchema.extend({ password: newPasswordSchema });

function parse<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT", parsed.error.issues[0]?.message ?? "Invalid input.");
  return parsed.data;
}

function slugFor(orgName: string): string {
  const base = orgName
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 40);
  return `${base || "org"}-${randomBytes(3).toString("hex")}`;
}

export async function organisationCount(): Promise<number> {
  return countOrganisations();
}

/**
 * A new setup token when the instance has no organisation yet (replacing any earlier one), or null.
 * Called by every start (scripts/seed.ts), which prints it.
 */
export async function issueSetupToken(now = new Date()): Promise<string | null> {
  if ((await organisationCount()) > 0) return null;
  const { token, hash } = newToken();
  const expiresAt = new Date(now.getTime() + SETUP_TOKEN_HOURS * 3600_000);
  await saveSetupToken(hash, expiresAt, now);
  return token;
}

/**
 * The setup page's work: the first organisation and its admin, who chose their own password here.
 * The token row is locked and checked, and "no organisation yet" re-checked, in one transaction, so
 * the token works once and never after an organisation exists.
 */
export async function completeSetup(
  token: unknown,
  input: unknown,
  now = new Date(),
): Promise<{ email: string; tenantId: string }> {
  const data = parse(setupSchema, input);
  if (!isTokenShape(token)) throw new AppError("FORBIDDEN", "That setup token is not right.");
  const passwordHash = await hashPassword(data.password);
  return createFirstOrganisation(
    {
      tokenHash: hashToken(token),
      orgName: data.orgName,
      slug: slugFor(data.orgName),
      adminName: data.adminName,
      adminEmail: data.adminEmail,
      passwordHash,
    },
    now,
  );
}

/**
 * A new organisation with an invitation for its first admin (headless setup, operator command).
 * No password is made up: the admin chooses one through the link.
 */
export async function createOrganisation(
  input: unknown,
  now = new Date(),
): Promise<{ tenantId: string; link: string; expiresAt: Date }> {
  const data = parse(organisationSchema, input);
  const { token, hash } = newToken();
  const expiresAt = daysAfter(now, INVITATION_DAYS);
  const tenantId = await createInvitedOrganisation({
    orgName: data.orgName,
    slug: slugFor(data.orgName),
    admin: { name: data.adminName, email: data.adminEmail, role: "admin" },
    tokenHash: hash,
    expiresAt,
  });
  return { tenantId, link: appLink(`/invite/${token}`), expiresAt };
}
