// The auditor's report names a single subservice organisation in its standard sentence, "Ravelin uses Microsoft
// Corporation (Microsoft Azure) to provide cloud hosting services." ("relies on A for x"), and calls it "the subservice
// organization" (or names the carve-out or inclusive method) only in the sentences after it ("Our examination did not include the services provided by the subservice organization").
// A SOC 3, which has no description section listing it again, names it nowhere else.
import { squash } from "./normalize";
import { factAt, searchEach, type TextIndex } from "./text-index";
import type { Fact } from "./types";
import type { Subservice } from "./soc-components";

// "<Name> [(<short name or product>)] to provide <services>." — the name in capitalised words (with its legal form,
// "Amazon Web Services, Inc." keeping its comma), the services up to the sentence's end.
// The verbs a report says it with: "uses", "utilizes", "relies on", "leverages", "engages", "depends on".
export const USES = String.raw`(?:uses|utili[sz]es|relies\s+(?:up)?on|leverages|engages|depends\s+on)`;
// "… to provide <services>." or "… for <services>." ("Tavor uses Microsoft Corporation for Azure hosting.").
const USES_TO_PROVIDE = new RegExp(
  String.raw`\b${USES}\s+([A-Z][\w&'-]*(?:,?\s+(?:[A-Z][\w&.'-]*|&|of))*(?:\s*\([^()]{1,40}\))?)\s+(?:to\s+provide|for)\s+([^.]{3,120})\.(?=\s|$)`,
  "g",
);
// The following sentences call it the subservice organisation, or name the method that treats it ("The controls of
// Microsoft Corporation are not included … (carve-out method)").
const CALLED_SUBSERVICE =
  /\b(?:the|this|that)\s+subservice\s+organi[sz]ation\b|\b(?:carve[-\s]?out|carved[-\s]out|inclusive)\s+method\b/i;

export function usedToProvide(index: TextIndex, method: Subservice["method"]): Fact<Subservice[]> | null {
  for (const m of searchEach(index, USES_TO_PROVIDE)) {
    const after = index.text.slice(m.index + m[0].length, m.index + m[0].length + 400);
    if (!CALLED_SUBSERVICE.test(after)) continue;
    const name = squash(m[1]!);
    if (name.split(" ").length > 8) continue;
    return factAt(
      index,
      [{ name, service: squash(m[2]!), method: method ?? "carve-out" }],
      m.index,
      m[0].length,
      0.7,
      "the organisation the auditor's report says provides a service, called the subservice organisation after",
    );
  }
  return null;
}
