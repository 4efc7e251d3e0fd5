import type { GapDraft } from "./check-types";

// Code units JSON.stringify writes as an escape: the quote, the backslash, controls and surrogates.
function needsJsonEscape(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code === 0x22 || code === 0x5c || (code >= 0xd800 && code <= 0xdfff)) return true;
  }
  return false;
}

function firstKey(draft: GapDraft): string | undefined {
  for (const key in draft) return key;
  return undefined;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * One check's drafts in a fixed order, whatever order the documents arrived in: the order of their
 * JSON text. Serialising every draft is most of the cost of a register, and is rarely needed: when
 * each draft's JSON opens with a distinct subject that JSON writes unescaped, the texts first differ
 * inside `{"subject":"…"`, so comparing `subject + '"'` (the closing quote included, as JSON has it)
 * gives the very same order. Otherwise, the whole JSON text decides, as it always did.
 */
export function inDraftOrder(drafts: readonly GapDraft[]): GapDraft[] {
  let plain = true;
  for (const draft of drafts) {
    if (firstKey(draft) !== "subject" || typeof draft.subject !== "string" || needsJsonEscape(draft.subject)) {
      plain = false;
      break;
    }
  }
  if (plain) {
    const bySubject = drafts.map((draft) => ({ draft, key: `${draft.subject}"` }));
    bySubject.sort((a, b) => compareText(a.key, b.key));
    let distinct = true;
    for (let i = 1; i < bySubject.length; i++) if (bySubject[i]!.key === bySubject[i - 1]!.key) distinct = false;
    if (distinct) return bySubject.map(({ draft }) => draft);
  }
  return drafts
    .map((draft) => ({ draft, key: JSON.stringify(draft) }))
    .sort((a, b) => compareText(a.key, b.key))
    .map(({ draft }) => draft);
}
