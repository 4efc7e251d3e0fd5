import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { assertCan } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/mutations";
import { withTenant } from "@/lib/db";
import { AppError, isUniqueViolation } from "@/lib/errors";
import type { Prisma } from "@/prisma/generated/client";
import { storedRules } from "./data";
import { shippedRules } from "./defaults";
import { criteriaRulesShape, resetCriteriaSetSchema, saveCriteriaSetSchema } from "./schema";
import type { CriteriaRules, ResetCriteriaSetInput, SaveCriteriaSetInput } from "./schema";

export const STALE_SET_MESSAGE = "Someone else changed this set; reload the page to see their version.";

const RULE_KEYS = Object.keys(criteriaRulesShape) as (keyof CriteriaRules)[];

/** Which rules changed, before → after: what the audit trail needs to answer "who loosened this?". */
function ruleChanges(before: CriteriaRules, after: CriteriaRules) {
  const changes: Record<string, { from: Prisma.InputJsonValue; to: Prisma.InputJsonValue }> = {};
  for (const key of RULE_KEYS) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key]))
      changes[key] = { from: before[key] as Prisma.InputJsonValue, to: after[key] as Prisma.InputJsonValue };
  }
  return changes;
}

/**
 * Saves one region × tier set with optimistic locking: `expectedVersion` is the version the form
 * was loaded at (0 for a set never saved). A stale save is refused with CONFLICT, never merged.
 */
export async function saveCriteriaSet(actor: Actor, input: SaveCriteriaSetInput): Promise<{ version: number }> {
  assertCan(actor, "criteria:edit"); // the action checks too; other server code may call this directly
  const parsed = saveCriteriaSetSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT", parsed.error.issues[0]?.message ?? "Invalid criteria.");
  const { region, tier, expectedVersion, ...fields } = parsed.data;
  const rules: CriteriaRules = Object.fromEntries(RULE_KEYS.map((key) => [key, fields[key]])) as CriteriaRules;
  const json = rules as unknown as Prisma.InputJsonValue;

  try {
    return await withTenant(actor.tenantId, async (tx) => {
      const row = await tx.criteriaSet.findUnique({
        where: { tenantId_region_tier: { tenantId: actor.tenantId, region, tier } },
        select: { id: true, version: true, rules: true },
      });
      if ((row?.version ?? 0) !== expectedVersion) throw new AppError("CONFLICT", STALE_SET_MESSAGE);
      const before = (row && storedRules(row, region, tier)) ?? shippedRules(region, tier);
      let id: string;
      let version: number;
      if (!row) {
        const created = await tx.criteriaSet.create({
          data: { tenantId: actor.tenantId, region, tier, rules: json, version: 1, updatedById: actor.userId },
          select: { id: true, version: true },
        });
        ({ id, version } = created);
      } else {
        // The version in the WHERE makes the check-and-write atomic against a concurrent save.
        const updated = await tx.criteriaSet.updateMany({
          where: { id: row.id, tenantId: actor.tenantId, version: expectedVersion },
          data: { rules: json, version: { increment: 1 }, updatedById: actor.userId },
        });
        if (updated.count !== 1) throw new AppError("CONFLICT", STALE_SET_MESSAGE);
        id = row.id;
        version = expectedVersion + 1;
      }
      await recordAudit(
        actor,
        {
          action: "criteria.save",
          entityType: "CriteriaSet",
          entityId: id,
          data: { region, tier, version, changes: ruleChanges(before, rules) },
        },
        tx,
      );
      return { version };
    });
  } catch (err) {
    // Two first saves racing: the unique (tenant, region, tier) index lets only one create the row.
    if (isUniqueViolation(err)) throw new AppError("CONFLICT", STALE_SET_MESSAGE);
    throw err;
  }
}

/**
 * Puts a set back to the shipped default. The row is kept with empty rules and a new version, so a
 * form loaded before the reset is still recognised as stale.
 */
export async function resetCriteriaSet(actor: Actor, input: ResetCriteriaSetInput): Promise<{ version: number }> {
  assertCan(actor, "criteria:edit"); // the action checks too; other server code may call this directly
  const parsed = resetCriteriaSetSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT", parsed.error.issues[0]?.message ?? "Invalid criteria set.");
  const { region, tier, expectedVersion } = parsed.data;

  return withTenant(actor.tenantId, async (tx) => {
    const row = await tx.criteriaSet.findUnique({
      where: { tenantId_region_tier: { tenantId: actor.tenantId, region, tier } },
      select: { id: true, version: true, rules: true },
    });
    if ((row?.version ?? 0) !== expectedVersion) throw new AppError("CONFLICT", STALE_SET_MESSAGE);
    const before = row && storedRules(row, region, tier);
    if (!row || !before) return { version: row?.version ?? 0 }; // already the default: nothing to record
    const updated = await tx.criteriaSet.updateMany({
      where: { id: row.id, tenantId: actor.tenantId, version: expectedVersion },
      data: { rules: {}, version: { increment: 1 }, updatedById: actor.userId },
    });
    if (updated.count !== 1) throw new AppError("CONFLICT", STALE_SET_MESSAGE);
    const version = expectedVersion + 1;
    await recordAudit(
      actor,
      {
        action: "criteria.reset",
        entityType: "CriteriaSet",
        entityId: row.id,
        data: { region, tier, version, changes: ruleChanges(before, shippedRules(region, tier)) },
      },
      tx,
    );
    return { version };
  });
}
