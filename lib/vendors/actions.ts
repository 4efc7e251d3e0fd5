"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/action";
import { createVendor, updateVendor } from "./mutations";
import { updateVendorSchema, vendorFormSchema } from "./schema";

export const createVendorAction = authedAction("vendor:edit", vendorFormSchema, async (input, actor) => {
  const { id } = await createVendor(actor, input);
  revalidatePath("/vendors");
  redirect(`/vendors/${id}?created=1`);
});

export const updateVendorAction = authedAction(
  "vendor:edit",
  updateVendorSchema,
  async ({ vendorId, ...input }, actor) => {
    await updateVendor(actor, vendorId, input);
    revalidatePath(`/vendors/${vendorId}`);
    redirect(`/vendors/${vendorId}`);
  },
);
