import "server-only";
import { daysAfter } from "@/lib/dates";
import * as z from "zod";
import type { Actor } from "@/lib/auth/load-actor";
import { assertCan } from "@/lib/auth/roles";
import { appLink, newToken } from "@/lib/auth/tokens";
import { recordAudit } from "@/lib/audit/mutations";
import { withTenant, type TenantTx } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { membershipCounts } from "./data";
import { mailLink } from "./mail";
import { changeRoleSchema, inviteUserSchema, resetSignInSchema, setUserDisabledSchema } from "./schema";
import type { ChangeRoleInput, InviteUserInput, ResetSignInInput, SetUserDisabledInput } from "./schema";

type Tx = TenantTx;

export const LAST_ADMIN_MESSAGE = "This is the organisation's last active admin. Make someone else an admin first.";
export const INVITATION_DAYS = 7;

function parse<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT", parsed.error.issues[0]?.message ?? "Invalid input.");
  return parsed.data;
}

/**
 * Serialises user changes within one tenant: two admins demoting each other at the same moment
 * must not both pass the last-admin check and leave the tenant with none.
 */
async function lockTenant(tx: Tx, actor: Actor): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Tenant" WHERE id = ${actor.tenantId}::uuid FOR UPDATE`;
}

async function findMember(tx: Tx, actor: Actor, userId: string) {
  const membership = await tx.membership.findUnique({
    where: { tenantId_userId: { tenantId: actor.tenantId, userId } },
    select: {
      id: true,
      role: true,
      disabledAt: true,
      user: { select: { id: true, email: true, name: true, passwordHash: true } },
    },
  });
  // Another tenant's user and a missing one look the same from here.
  if (!membership) throw notFound("That user");
  return membership;
}

async function otherActiveAdmins(tx: Tx, actor: Actor, exceptUserId: string): Promise<number> {
  return tx.membership.count({
    where: { tenantId: actor.tenantId, role: "admin", userId: { not: exceptUserId }, disabledAt: null },
  });
}

/**
 * What the inviting admin learns: the same shape whether or not the address already has an Assay
 * account elsewhere (H1). `link` is set only when it could not be e-mailed, to be handed over once.
 */
export type InviteResult = { invitationId: string; emailed: boolean; link: string | null; expiresAt: Date };

/**
 * Invites a person: an expiring, single-use link through which they set their own password (or,
 * if they already use Assay, confirm with theirs). Nothing about other organisations is read: no
 * account is looked up, so the answer cannot reveal one, and no membership exists until the person
 * accepts. A newer invitation for the same address replaces a pending one.
 */
export async function inviteUser(actor: Actor, input: InviteUserInput): Promise<InviteResult> {
  assertCan(actor, "user:manage"); // the action checks too; other server code may call this directly
  const { name, email, role } = parse(inviteUserSchema, input);
  const { token, hash } = newToken();
  const expiresAt = daysAfter(new Date(), INVITATION_DAYS);
  const invitationId = await withTenant(actor.tenantId, async (tx) => {
    await lockTenant(tx, actor);
    // Members of THIS organisation are listed on the admin's own page: saying so reveals nothing new.
    const already = await tx.membership.findFirst({
      where: { tenantId: actor.tenantId, user: { email } },
      select: { id: true },
    });
    if (already) throw new AppError("CONFLICT", `${email} is already a member of this organisation.`);
    await tx.invitation.updateMany({
      where: { tenantId: actor.tenantId, email, usedAt: null, expiresAt: { gt: new Date() } },
      data: { expiresAt: new Date() },
    });
    const inv = await tx.invitation.create({
      data: { tenantId: actor.tenantId, email, name, role, tokenHash: hash, expiresAt, createdById: actor.userId },
      select: { id: true },
    });
    await recordAudit(
      actor,
      { action: "user.invite", entityType: "Invitation", entityId: inv.id, data: { email, role } },
      tx,
    );
    return inv.id;
  });
  const link = appLink(`/invite/${token}`);
  const emailed = await mailLink(
    email,
    `You are invited to ${actor.tenantName} on Assay`,
    `${actor.name} invited you to ${actor.tenantName} on Assay.\n\nOpen this link within ${INVITATION_DAYS} days to choose your password and sign in (it works once):\n${link}\n`,
  );
  if (emailed) await markMailed(actor, invitationId);
  return { invitationId, emailed, link: emailed ? null : link, expiresAt };
}

async function markMailed(actor: Actor, invitationId: string): Promise<void> {
  await withTenant(actor.tenantId, (tx) =>
    tx.invitation.update({ where: { id: invitationId }, data: { mailedAt: new Date() } }),
  );
}

/**
 * An admin's "reset sign-in": a new single-use link through which the member chooses a new password
 * (no admin ever knows one). When the person also belongs to another organisation, the link would
 * open that one too, so it is only ever e-mailed to them, never shown to this admin (H1).
 */
export async function resetSignIn(actor: Actor, input: ResetSignInInput): Promise<InviteResult> {
  assertCan(actor, "user:manage");
  const { userId } = parse(resetSignInSchema, input);
  const { token, hash } = newToken();
  const expiresAt = daysAfter(new Date(), INVITATION_DAYS);
  const { invitationId, email, name, shared } = await withTenant(actor.tenantId, async (tx) => {
    await lockTenant(tx, actor);
    const member = await findMember(tx, actor, userId);
    // A person admitted through single sign-on has no Assay password to reset; a link would give them one
    // beside the identity provider that the organisation chose to sign its people in.
    if (!member.user.passwordHash)
      throw new AppError(
        "CONFLICT",
        `${member.user.name} signs in through single sign-on and has no Assay password: their sign-in is managed by your identity provider.`,
      );
    const shared = ((await membershipCounts(tx, [userId])).get(userId) ?? 1) > 1;
    if (shared && !process.env.SMTP_URL) {
      throw new AppError(
        "CONFLICT",
        "This person also uses Assay elsewhere, so a new sign-in link can only be e-mailed to them; configure SMTP_URL, or ask them to use “Forgot password” on the sign-in page.",
      );
    }
    const inv = await tx.invitation.create({
      data: {
        tenantId: actor.tenantId,
        email: member.user.email,
        name: member.user.name,
        role: member.role,
        purpose: "reset",
        tokenHash: hash,
        expiresAt,
        createdById: actor.userId,
      },
      select: { id: true },
    });
    await recordAudit(actor, { action: "user.reset_sign_in", entityType: "User", entityId: userId }, tx);
    return { invitationId: inv.id, email: member.user.email, name: member.user.name, shared };
  });
  const link = appLink(`/invite/${token}`);
  const emailed = await mailLink(
    email,
    `A new Assay sign-in link for ${actor.tenantName}`,
    `Hello ${name},\n\nAn admin of ${actor.tenantName} issued you a new sign-in link. Open it within ${INVITATION_DAYS} days to choose a new password (it works once):\n${link}\n`,
  );
  if (!emailed && shared) throw new AppError("UNAVAILABLE", "The sign-in link could not be e-mailed. Try again later.");
  if (emailed) await markMailed(actor, invitationId);
  return { invitationId, emailed, link: emailed ? null : link, expiresAt };
}

/**
 * Changes a member's role in this organisation and ends their sessions here, so the new role
 * applies from a fresh sign-in. Their sessions in other organisations are untouched (H1).
 */
export async function changeRole(actor: Actor, input: ChangeRoleInput): Promise<{ changed: boolean }> {
  assertCan(actor, "user:manage"); // the action checks too; other server code may call this directly
  const { userId, role } = parse(changeRoleSchema, input);
  return withTenant(actor.tenantId, async (tx) => {
    await lockTenant(tx, actor);
    const member = await findMember(tx, actor, userId);
    if (member.role === role) return { changed: false };
    if (member.role === "admin" && !member.disabledAt && (await otherActiveAdmins(tx, actor, userId)) === 0) {
      throw new AppError("CONFLICT", LAST_ADMIN_MESSAGE);
    }
    await tx.membership.update({ where: { id: member.id }, data: { role, sessionEpoch: new Date() } });
    await recordAudit(
      actor,
      { action: "user.role_change", entityType: "User", entityId: userId, data: { from: member.role, to: role } },
      tx,
    );
    return { changed: true };
  });
}

/**
 * Disables (or re-enables) a person's membership of this organisation. Their sessions here stop on
 * their next request; their account and any other organisation's membership are untouched (H1), so
 * every admin can disable their own members whoever else they work for.
 */
export async function setUserDisabled(actor: Actor, input: SetUserDisabledInput): Promise<{ changed: boolean }> {
  assertCan(actor, "user:manage"); // the action checks too; other server code may call this directly
  const { userId, disabled } = parse(setUserDisabledSchema, input);
  return withTenant(actor.tenantId, async (tx) => {
    await lockTenant(tx, actor);
    const member = await findMember(tx, actor, userId);
    if ((member.disabledAt !== null) === disabled) return { changed: false };
    if (disabled && member.role === "admin" && (await otherActiveAdmins(tx, actor, userId)) === 0) {
      throw new AppError("CONFLICT", LAST_ADMIN_MESSAGE);
    }
    const now = new Date();
    await tx.membership.update({
      where: { id: member.id },
      data: { disabledAt: disabled ? now : null, sessionEpoch: now },
    });
    await recordAudit(
      actor,
      {
        action: disabled ? "user.disable" : "user.enable",
        entityType: "User",
        entityId: userId,
        data: { email: member.user.email },
      },
      tx,
    );
    return { changed: true };
  });
}
