"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/action";
import { createVendor, setVendorArchived, updateVendor } from "./mutations";
import { archiveVendorSchema, updateVendorSchema, vendorFormSchema } from "./schema";

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

export const setVendorArchivedAction = authedAction(
  "vendor:edit",
  archiveVendorSchema,
  async ({ vendorId, archived }, actor) => {
    await setVendorArchived(actor, vendorId, archived);
    revalidatePath(`/vendors/${vendorId}`);
    revalidatePath("/vendors");
    return {
      ok: true,
      message: archived
        ? "Archived: the vendor is out of the lists and reminders; its history is kept."
        : "Back in the lists and reminders.",
    };
  },
);
