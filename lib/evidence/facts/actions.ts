"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/action";
import { AppError } from "@/lib/errors";
import { loadDocumentFacts } from "./data";
import { confirmFacts, saveCuecMapping, setSubserviceReportOnFile, type FactEdit } from "./mutations";
import { confirmFactsSchema, cuecMappingSchema, parseFactValue, subserviceReportSchema } from "./schema";

export const confirmFactsAction = authedAction("fact:confirm", confirmFactsSchema, async (input, actor) => {
  const loaded = await loadDocumentFacts(actor, input.documentId);
  if (!loaded) throw new AppError("NOT_FOUND", "That document was not found.");
  const current = loaded.confirmed?.facts ?? loaded.extracted?.facts ?? {};
  const edits: FactEdit[] = [];
  for (const [key, raw] of Object.entries(input)) {
    if (!key.startsWith("fact:")) continue;
    const field = key.slice(5);
    const text = Array.isArray(raw) ? (raw[0] ?? "") : String(raw);
    try {
      edits.push({ field, value: parseFactValue(text, current[field]?.value ?? null) });
    } catch (err) {
      return {
        ok: false,
        error: `“${field}” could not be read: ${(err as Error).message}. Lists and groups are written as JSON.`,
      };
    }
  }
  const { changed } = await confirmFacts(actor, input.documentId, edits, input.docKind);
  revalidatePath(`/documents/${input.documentId}`);
  revalidatePath(`/vendors/${loaded.doc.vendor.id}`);
  return {
    ok: true,
    message: changed
      ? `Facts confirmed with ${changed} correction${changed === 1 ? "" : "s"}. Run the review on the vendor page to update the gaps.`
      : "Facts confirmed. Run the review on the vendor page to update the gaps.",
  };
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
