"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/action";
import { updateGap } from "./mutations";
import { updateGapSchema } from "./schema";

export const updateGapAction = authedAction("gap:edit", updateGapSchema, async (input, actor) => {
  const { changed } = await updateGap(actor, input);
  revalidatePath(`/gaps/${input.gapId}`);
  revalidatePath("/gaps");
  return { ok: true, message: changed.length || input.comment ? "Saved." : "Nothing changed." };
});
