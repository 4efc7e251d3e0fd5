"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/action";
import { getCriteriaForRegions } from "@/lib/criteria/data";
import { todayIso } from "@/lib/dates";
import { recordDecision } from "./decisions";
import { rescoreVendor } from "./rescore";
import { decisionSchema, rescoreSchema } from "./schema";

export const rescoreVendorAction = authedAction("review:rescore", rescoreSchema, async ({ vendorId }, actor) => {
  const s = await rescoreVendor(actor, vendorId, todayIso(), getCriteriaForRegions);
  revalidatePath(`/vendors/${vendorId}`);
  if (s.services === 0) return { ok: false, error: "Record at least one service you buy from this vendor first: gaps are measured against it." };
  return { ok: true, message: `Re-scored ${s.services} service${s.services === 1 ? "" : "s"}: ${s.added} new, ${s.reopened} reopened, ${s.resolved} resolved, ${s.open} open in total.` };
});

export const recordDecisionAction = authedAction("review:decide", decisionSchema, async (input, actor) => {
  await recordDecision(actor, input);
  revalidatePath(`/vendors/${input.vendorId}`);
  return { ok: true, message: "Decision recorded." };
});
