"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/action";
import { listAffectedVendorIds } from "./data";
import { resetCriteriaSet, saveCriteriaSet } from "./mutations";
import { resetCriteriaSetSchema, saveCriteriaSetSchema } from "./schema";

export type CriteriaSaved = { version: number; affectedVendorIds: string[] };

function affectedMessage(count: number, region: string): string {
  if (count === 0) return `No vendor has a service in ${region} yet.`;
  return `${count} vendor${count === 1 ? " has" : "s have"} a service in ${region}; re-score ${count === 1 ? "it" : "them"} to apply the change.`;
}

export const saveCriteriaAction = authedAction("criteria:edit", saveCriteriaSetSchema, async (input, actor) => {
  const { version } = await saveCriteriaSet(actor, input);
  const affectedVendorIds = await listAffectedVendorIds(actor, input.region, input.tier);
  revalidatePath("/settings/criteria", "layout");
  return {
    ok: true as const,
    data: { version, affectedVendorIds } satisfies CriteriaSaved,
    message: `Saved as version ${version}. ${affectedMessage(affectedVendorIds.length, input.region)}`,
  };
});

export const resetCriteriaAction = authedAction("criteria:edit", resetCriteriaSetSchema, async (input, actor) => {
  const { version } = await resetCriteriaSet(actor, input);
  const affectedVendorIds = await listAffectedVendorIds(actor, input.region, input.tier);
  revalidatePath("/settings/criteria", "layout");
  return {
    ok: true as const,
    data: { version, affectedVendorIds } satisfies CriteriaSaved,
    message: `Back to the shipped default (version ${version}). ${affectedMessage(affectedVendorIds.length, input.region)}`,
  };
});
