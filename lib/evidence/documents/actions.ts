"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/action";
import { deleteDocument, supersedeDocument } from "./mutations";
import { deleteDocumentSchema, supersedeDocumentSchema } from "./schema";

// The mutations check the permission again (assertCan) and re-score the vendor afterwards.

export const deleteDocumentAction = authedAction(
  "document:upload",
  deleteDocumentSchema,
  async ({ documentId, reason }, actor) => {
    const { vendorId, restored } = await deleteDocument(actor, documentId, reason);
    revalidatePath(`/vendors/${vendorId}`);
    revalidatePath(`/documents/${documentId}`);
    return {
      ok: true,
      message: `Document removed; its findings are withdrawn.${restored ? " The document it had replaced is current again." : ""}`,
    };
  },
);

export const supersedeDocumentAction = authedAction(
  "fact:confirm",
  supersedeDocumentSchema,
  async ({ olderId, newerId }, actor) => {
    const { vendorId } = await supersedeDocument(actor, olderId, newerId);
    revalidatePath(`/vendors/${vendorId}`);
    return {
      ok: true,
      message: "Replaced. Findings raised again keep their triage (marked repeat); fixed ones are closed.",
    };
  },
);
