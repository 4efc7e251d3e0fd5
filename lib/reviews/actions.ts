"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/action";
import { getCriteriaForRegions, listAffectedVendorIds } from "@/lib/criteria/data";
import { todayIso } from "@/lib/dates";
import { recordDecision } from "./mutations";
import { rescoreVendor } from "./rescore/mutations";
import { decisionSchema, rescoreRegionSchema, rescoreSchema } from "./schema";

export const rescoreVendorAction = authedAction("review:rescore", rescoreSchema, async ({ vendorId }, actor) => {
  const s = await rescoreVendor(actor, vendorId, todayIso(), getCriteriaForRegions);
  revalidatePath(`/vendors/${vendorId}`);
  if (s.services === 0)
    return {
      ok: false,
      error: "Record at least one service you buy from this vendor first: gaps are measured against it.",
    };
  return {
    ok: true,
    message: `Re-scored ${s.services} service${s.services === 1 ? "" : "s"}: ${s.added} new, ${s.reopened} reopened, ${s.resolved} resolved, ${s.open} open in total.`,
  };
});

export const recordDecisionAction = authedAction("review:decide", decisionSchema, async (input, actor) => {
  await recordDecision(actor, input);
  revalidatePath(`/vendors/${input.vendorId}`);
  return { ok: true, message: "Decision recorded." };
});

/** After a criteria change: re-score every vendor with a service in that region (and tier). */
export const rescoreRegionAction = authedAction(
  "criteria:edit",
  rescoreRegionSchema,
  async ({ region, tier }, actor) => {
    const ids = await listAffectedVendorIds(actor, region, tier);
    const today = todayIso();
    let added = 0,
      resolved = 0,
      reopened = 0;
    for (const id of ids) {
      const s = await rescoreVendor(actor, id, today, getCriteriaForRegions);
      added += s.added;
      resolved += s.resolved;
      reopened += s.reopened;
    }
    revalidatePath("/gaps");
    return {
      ok: true,
      message: ids.length
        ? `Re-scored ${ids.length} vendor${ids.length === 1 ? "" : "s"}: ${added} new gap${added === 1 ? "" : "s"}, ${reopened} reopened, ${resolved} resolved.`
        : `No vendor has a service in ${region}.`,
    };
  },
);
