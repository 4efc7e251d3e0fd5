import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { tenantDb } from "@/lib/db";
import { REGIONS } from "@/lib/scoring/types";
import type { CriteriaSet, Region, Tier } from "@/lib/scoring/types";
import { shippedRules } from "./defaults";
import { CRITERIA_TIERS, criteriaRulesSchema } from "./schema";
import type { CriteriaRules, CriteriaTier } from "./schema";

// Reads of the tenant's criteria sets. Seed-on-read: a tenant with no saved rows sees the shipped
// defaults, and nothing is written until an admin saves.

export type CriteriaSetView = {
  region: Region;
  tier: CriteriaTier;
  rules: CriteriaRules;
  /** The row's version; 0 when no set was ever saved here (the first save makes version 1). */
  version: number;
  /** "custom": an admin's saved rules. "default": the shipped default (never saved, or reset). */
  source: "custom" | "default";
  updatedAt: Date | null;
  updatedByName: string | null;
};

/** Where the rules the scorer uses for one region and tier come from. */
export type EffectiveSource = "tier" | "region" | "default";

export type CriteriaSetSummary = CriteriaSetView & { effectiveSource: EffectiveSource | null };

type Row = {
  region: string;
  tier: string;
  rules: unknown;
  version: number;
  updatedAt: Date;
  updatedById: string | null;
};
const rowSelect = { region: true, tier: true, rules: true, version: true, updatedAt: true, updatedById: true } as const;

/**
 * The saved rules of a row, or null when the row holds none (a reset stores `{}` so the version
 * keeps counting up and optimistic locking stays sound). Stored rules are laid over the shipped
 * default, so a rule added in a later release gets its default instead of failing validation.
 */
export function storedRules(row: Pick<Row, "rules">, region: Region, tier: CriteriaTier): CriteriaRules | null {
  const rules = row.rules;
  if (!rules || typeof rules !== "object" || Array.isArray(rules) || Object.keys(rules).length === 0) return null;
  const parsed = criteriaRulesSchema.safeParse({ ...shippedRules(region, tier), ...rules });
  // Writes are validated, so this is corruption or a bad migration: a bug, not a user error.
  if (!parsed.success)
    throw new Error(`Stored criteria set ${region}/${tier} is invalid: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

async function namesById(actor: Actor, ids: (string | null)[]): Promise<Map<string, string>> {
  const db = tenantDb(actor.tenantId);
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const users = await db.user.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true } });
  return new Map(users.map((user) => [user.id, user.name]));
}

function toView(region: Region, tier: CriteriaTier, row: Row | undefined, names: Map<string, string>): CriteriaSetView {
  const saved = row ? storedRules(row, region, tier) : null;
  return {
    region,
    tier,
    rules: saved ?? shippedRules(region, tier),
    version: row?.version ?? 0,
    source: saved ? "custom" : "default",
    updatedAt: row?.updatedAt ?? null,
    updatedByName: row?.updatedById ? (names.get(row.updatedById) ?? null) : null,
  };
}

/** Every region × tier set (tier "any" included), saved or default, in display order. */
export async function getCriteriaSets(actor: Actor): Promise<CriteriaSetSummary[]> {
  const db = tenantDb(actor.tenantId);
  const rows = await db.criteriaSet.findMany({ where: { tenantId: actor.tenantId }, select: rowSelect });
  const names = await namesById(
    actor,
    rows.map((row) => row.updatedById),
  );
  const byKey = new Map(rows.map((row) => [`${row.region}/${row.tier}`, row]));
  return REGIONS.flatMap((region) => {
    const views = CRITERIA_TIERS.map((tier) => toView(region, tier, byKey.get(`${region}/${tier}`), names));
    const regionWide = views.find((view) => view.tier === "any");
    return views.map((view) => ({
      ...view,
      effectiveSource:
        view.tier === "any"
          ? null
          : view.source === "custom"
            ? "tier"
            : regionWide?.source === "custom"
              ? "region"
              : "default",
    }));
  });
}

/** One set for the edit form: the saved rules or, when none, the shipped default. */
export async function getCriteriaSet(actor: Actor, region: Region, tier: CriteriaTier): Promise<CriteriaSetView> {
  const db = tenantDb(actor.tenantId);
  const row = await db.criteriaSet.findUnique({
    where: { tenantId_region_tier: { tenantId: actor.tenantId, region, tier } },
    select: rowSelect,
  });
  return toView(region, tier, row ?? undefined, await namesById(actor, [row?.updatedById ?? null]));
}

/**
 * The criteria the scorer should use for a vendor of `tier` serving `region`: the tier's own saved
 * set, else the region-wide ("any") saved set, else the shipped default.
 */
export async function getCriteriaFor(actor: Actor, region: Region, tier: Tier): Promise<CriteriaSet> {
  const db = tenantDb(actor.tenantId);
  const rows = await db.criteriaSet.findMany({
    where: { tenantId: actor.tenantId, region, tier: { in: [tier, "any"] } },
    select: rowSelect,
  });
  return effectiveSet(region, tier, rows);
}

/** getCriteriaFor for each of a service's regions, in one query: what ScoringInput.criteria wants. */
export async function getCriteriaForRegions(
  actor: Actor,
  regions: readonly Region[],
  tier: Tier,
): Promise<CriteriaSet[]> {
  const db = tenantDb(actor.tenantId);
  const wanted = [...new Set(regions)];
  if (wanted.length === 0) return [];
  const rows = await db.criteriaSet.findMany({
    where: { tenantId: actor.tenantId, region: { in: wanted }, tier: { in: [tier, "any"] } },
    select: rowSelect,
  });
  return wanted.map((region) =>
    effectiveSet(
      region,
      tier,
      rows.filter((row) => row.region === region),
    ),
  );
}

function effectiveSet(region: Region, tier: Tier, rows: Row[]): CriteriaSet {
  const own = rows.find((row) => row.tier === tier);
  const regionWide = rows.find((row) => row.tier === "any");
  const rules =
    (own && storedRules(own, region, tier)) ??
    (regionWide && storedRules(regionWide, region, "any")) ??
    shippedRules(region, tier);
  // Same id scheme as the shipped presets: the scorer sorts sets by id, so it must be stable.
  return { id: `${region.toLowerCase()}-${tier}`, region, tier, ...rules };
}

/**
 * Vendors a change to `region`'s criteria can affect: those with a buyer service in the region
 * (and, for a tier-specific set, of that tier), so the caller can re-score them.
 */
export async function listAffectedVendorIds(
  actor: Actor,
  region: Region,
  tier: CriteriaTier = "any",
): Promise<string[]> {
  const db = tenantDb(actor.tenantId);
  const vendors = await db.vendor.findMany({
    where: {
      tenantId: actor.tenantId,
      ...(tier === "any" ? {} : { tier }),
      services: { some: { tenantId: actor.tenantId, regions: { has: region } } },
    },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  return vendors.map((vendor) => vendor.id);
}
