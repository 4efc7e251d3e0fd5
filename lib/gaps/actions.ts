"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/action";
import { bulkTriageGaps, updateGap } from "./mutations";
import { bulkTriageSchema, updateGapSchema } from "./schema";

export const updateGapAction = authedAction("gap:edit", updateGapSchema, async (input, actor) => {
  const { changed } = await updateGap(actor, input);
  revalidatePath(`/gaps/${input.gapId}`);
  revalidatePath("/gaps");
  return { ok: true, message: changed.length || input.comment ? "Saved." : "Nothing changed." };
});

export const bulkTriageAction = authedAction("gap:edit", bulkTriageSchema, async (input, actor) => {
  const { changed, unchanged } = await bulkTriageGaps(actor, input);
  revalidatePath("/gaps");
  const n = (k: number) => `${k} gap${k === 1 ? "" : "s"}`;
  return {
    ok: true,
    message: changed
      ? `Updated ${n(changed)}${unchanged ? ` (${n(unchanged)} already had these values)` : ""}.`
      : "Nothing changed: the selected gaps already had these values.",
  };
});
