"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/action";
import { createService, setServiceRetired, updateService } from "./mutations";
import { retireServiceSchema, serviceFormSchema, updateServiceSchema } from "./schema";

export const createServiceAction = authedAction("vendor:edit", serviceFormSchema, async (input, actor) => {
  await createService(actor, input);
  revalidatePath(`/vendors/${input.vendorId}`);
  return { ok: true, message: `Saved “${input.name}”.` };
});

export const updateServiceAction = authedAction(
  "vendor:edit",
  updateServiceSchema,
  async ({ serviceId, ...input }, actor) => {
    await updateService(actor, serviceId, input);
    revalidatePath(`/vendors/${input.vendorId}`);
    return { ok: true, message: `Saved “${input.name}”.` };
  },
);

export const retireServiceAction = authedAction("vendor:edit", retireServiceSchema, async (input, actor) => {
  const { closedGaps } = await setServiceRetired(actor, input);
  revalidatePath(`/vendors/${input.vendorId}`);
  return {
    ok: true,
    message: input.retired
      ? `Retired: no longer scored; ${closedGaps} open gap${closedGaps === 1 ? "" : "s"} closed.`
      : "Reinstated and re-scored.",
  };
});
