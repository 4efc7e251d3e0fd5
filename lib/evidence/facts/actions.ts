"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/action";
import { loadOrganisationWarning } from "@/lib/evidence/documents/loaders";
import { loadDocumentFacts } from "./data";
import { FactsShapeError } from "./model";
import { confirmFacts, saveCuecMapping, setSubserviceReportOnFile } from "./mutations";
import { confirmFactsSchema, cuecMappingSchema, subserviceReportSchema } from "./schema";

export const confirmFactsAction = authedAction("fact:confirm", confirmFactsSchema, async (input, actor) => {
  let submitted: unknown;
  try {
    submitted = JSON.parse(input.facts);
  } catch {
    return { ok: false, error: "The form sent facts that could not be read. Reload the page and try again." };
  }
  let changed: number;
  try {
    ({ changed } = await confirmFacts(actor, input.documentId, submitted));
  } catch (err) {
    if (!(err instanceof FactsShapeError)) throw err;
    // Paths such as "fields.periodEnd.value" name the field the form shows the message next to.
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of err.issues) (fieldErrors[issue.path] ??= []).push(issue.message);
    return { ok: false, error: "Some facts need correcting before they can be confirmed.", fieldErrors };
  }
  const loaded = await loadDocumentFacts(actor, input.documentId);
  revalidatePath(`/documents/${input.documentId}`);
  if (loaded) revalidatePath(`/vendors/${loaded.doc.vendor.id}`);
  // Flagged at confirm: a document naming another organisation is not this vendor's evidence.
  const other = loaded ? await loadOrganisationWarning(actor, input.documentId, loaded.confirmed) : null;
  const confirmedText = changed
    ? `Facts confirmed with ${changed} correction${changed === 1 ? "" : "s"}.`
    : "Facts confirmed.";
  if (other)
    return {
      ok: false,
      error: `${confirmedText} But this document names ${other.organisation}, not ${other.vendorName}: check it was uploaded to the right vendor (see the warning above).`,
    };
  return { ok: true, message: `${confirmedText} Run the review on the vendor page to update the gaps.` };
});

export const saveCuecMappingAction = authedAction("cuec:edit", cuecMappingSchema, async (input, actor) => {
  await saveCuecMapping(actor, input);
  revalidatePath(`/documents/${input.documentId}`);
  return { ok: true, message: "Saved." };
});

export const setSubserviceReportAction = authedAction("cuec:edit", subserviceReportSchema, async (input, actor) => {
  await setSubserviceReportOnFile(actor, { ...input, onFile: input.onFile === "yes" });
  revalidatePath(`/documents/${input.documentId}`);
  return { ok: true, message: "Saved." };
});
