import "server-only";
import { randomBytes } from "node:crypto";
import * as z from "zod";
import type { Actor } from "@/lib/auth/load-actor";
import { hashPassword } from "@/lib/auth/password";
import { can } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/mutations";
import { withTenant, type TenantTx } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { membershipCounts } from "./data";
import { changeRoleSchema, inviteUserSchema, setUserDisabledSchema } from "./schema";
import type { ChangeRoleInput, InviteUserInput, SetUserDisabledInput } from "./schema";

type Tx = TenantTx;

export const LAST_ADMIN_MESSAGE = "This is the organisation's last active admin. Make someone else an admin first.";

function assertCanManage(actor: Actor) {
  // The action checks this too; repeated because other server code may call these directly.
  if (!can(actor.role, "user:manage")) throw new AppError("FORBIDDEN", "Your role does not allow this.");
}

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
    select: { id: true, role: true, user: { select: { id: true, email: true, disabledAt: true } } },
  });
  // Another tenant's user and a missing one look the same from here.
  if (!membership) throw notFound("That user");
  const memberships = (await membershipCounts(tx, [userId])).get(userId) ?? 1;
  return { ...membership, memberships };
}

async function otherActiveAdmins(tx: Tx, actor: Actor, exceptUserId: string): Promise<number> {
  return tx.membership.count({
    where: { tenantId: actor.tenantId, role: "admin", userId: { not: exceptUserId }, user: { disabledAt: null } },
  });
}

/** A one-time password to read out to the person (there is no SMTP): 16 random bytes, base64url. */
function oneTimePassword(): string {
  return randomBytes(16).toString("base64url");
}

export type InviteResult = { userId: string; created: boolean; oneTimePassword: string | null };

/**
 * Adds a person to the tenant: attaches an existing account by email, or creates one with a random
 * one-time password that is returned once, to be handed over, and is stored only as a hash.
 */
export async function inviteUser(actor: Actor, input: InviteUserInput): Promise<InviteResult> {
  assertCanManage(actor);
  const { name, email, role } = parse(inviteUserSchema, input);
  // Hash outside the transaction: argon2 takes a while and must not hold the tenant lock.
  const password = oneTimePassword();
  const passwordHash = await hashPassword(password);

  return withTenant(actor.tenantId, async (tx) => {
    await lockTenant(tx, actor);
    const existing = await tx.user.findUnique({
      where: { email },
      select: { id: true, memberships: { where: { tenantId: actor.tenantId }, select: { id: true } } },
    });
    if (existing && existing.memberships.length > 0)
      throw new AppError("CONFLICT", `${email} is already a member of this organisation.`);
    const userId =
      existing?.id ?? (await tx.user.create({ data: { email, name, passwordHash }, select: { id: true } })).id;
    await tx.membership.create({ data: { tenantId: actor.tenantId, userId, role } });
    await recordAudit(
      actor,
      { action: "user.invite", entityType: "User", entityId: userId, data: { email, role, createdAccount: !existing } },
      tx,
    );
    return { userId, created: !existing, oneTimePassword: existing ? null : password };
  });
}

/** Changes a member's role and ends their sessions, so the new role applies from a fresh sign-in. */
export async function changeRole(actor: Actor, input: ChangeRoleInput): Promise<{ changed: boolean }> {
  assertCanManage(actor);
  const { userId, role } = parse(changeRoleSchema, input);
  return withTenant(actor.tenantId, async (tx) => {
    await lockTenant(tx, actor);
    const member = await findMember(tx, actor, userId);
    if (member.role === role) return { changed: false };
    if (member.role === "admin" && !member.user.disabledAt && (await otherActiveAdmins(tx, actor, userId)) === 0) {
      throw new AppError("CONFLICT", LAST_ADMIN_MESSAGE);
    }
    await tx.membership.update({ where: { id: member.id }, data: { role } });
    await tx.user.update({ where: { id: userId }, data: { sessionEpoch: new Date() } });
    await recordAudit(
      actor,
      { action: "user.role_change", entityType: "User", entityId: userId, data: { from: member.role, to: role } },
      tx,
    );
    return { changed: true };
  });
}

/**
 * Disables (or re-enables) a person. Disabling sets disabledAt and moves the session epoch, so any
 * open session stops working on its next request.
 */
export async function setUserDisabled(actor: Actor, input: SetUserDisabledInput): Promise<{ changed: boolean }> {
  assertCanManage(actor);
  const { userId, disabled } = parse(setUserDisabledSchema, input);
  return withTenant(actor.tenantId, async (tx) => {
    await lockTenant(tx, actor);
    const member = await findMember(tx, actor, userId);
    if ((member.user.disabledAt !== null) === disabled) return { changed: false };
    // User.disabledAt is global: one tenant's admin must not lock a person out of another tenant.
    if (member.memberships > 1) {
      throw new AppError(
        "CONFLICT",
        "This person also belongs to another organisation on this Assay instance, so only an instance operator can disable their account.",
      );
    }
    if (disabled && member.role === "admin" && (await otherActiveAdmins(tx, actor, userId)) === 0) {
      throw new AppError("CONFLICT", LAST_ADMIN_MESSAGE);
    }
    const now = new Date();
    await tx.user.update({ where: { id: userId }, data: { disabledAt: disabled ? now : null, sessionEpoch: now } });
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
