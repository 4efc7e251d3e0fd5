"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/action";
import { createService } from "./mutations";
import { serviceFormSchema } from "./schema";

export const createServiceAction = authedAction("vendor:edit", serviceFormSchema, async (input, actor) => {
  await createService(actor, input);
  revalidatePath(`/vendors/${input.vendorId}`);
  return { ok: true, message: `Saved “${input.name}”.` };
});
