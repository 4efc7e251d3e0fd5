import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { GapDraft } from "./check-types";
import { inDraftOrder } from "./draft-order";

// The definition inDraftOrder must keep: drafts sorted by their JSON text.
function byJson(drafts: GapDraft[]): GapDraft[] {
  return drafts
    .map((draft) => ({ draft, key: JSON.stringify(draft) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ draft }) => draft);
}

// Subjects built to hit the edges: prefixes of each other, a space or "!" (sorting below the closing
// quote), quotes, backslashes, control characters, surrogates, and duplicates.
const arbSubject = fc
  .array(fc.constantFrom("a", "b", "doc-1", ":", " ", "!", '"', "\\", "\n", "\ud83d\ude00", "\ud800", "é"), {
    maxLength: 4,
  })
  .map((parts) => parts.join(""));
const arbDraft: fc.Arbitrary<GapDraft> = fc
  .record({
    subject: arbSubject,
    severity: fc.constantFrom("critical" as const, "low" as const),
    title: fc.constantFrom("A", "B"),
    severityFirst: fc.boolean(),
  })
  .map(({ subject, severity, title, severityFirst }) =>
    severityFirst
      ? { severity, subject, title, detail: "", citation: null }
      : { subject, severity, title, detail: "", citation: null },
  );

describe("inDraftOrder", () => {
  it("orders drafts exactly as their JSON text does", () => {
    fc.assert(
      fc.property(fc.array(arbDraft, { maxLength: 6 }), (drafts) => {
        expect(inDraftOrder(drafts)).toEqual(byJson(drafts));
      }),
      { numRuns: 3000 },
    );
  });

  it("puts a subject before a longer one sharing its start unless the next character sorts below the quote", () => {
    const draft = (subject: string): GapDraft => ({ subject, severity: "low", title: "", detail: "", citation: null });
    const subjects = (drafts: GapDraft[]) => drafts.map((d) => d.subject);
    expect(subjects(inDraftOrder([draft("doc:b"), draft("doc")]))).toEqual(["doc", "doc:b"]);
    expect(subjects(inDraftOrder([draft("doc"), draft("doc b")]))).toEqual(["doc b", "doc"]);
  });
});
