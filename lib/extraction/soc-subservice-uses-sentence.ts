// The auditor's report names a single subservice organisation in its standard sentence, "Ravelin uses Microsoft
// Corporation (Microsoft Azure) to provide cloud hosting services.", and calls it "the subservice organization" only in
// the sentences after it ("Our examination did not include the services provided by the subservice organization").
// A SOC 3, which has no description section listing it again, names it nowhere else.
import { squash } from "./normalize";
import { factAt, searchEach, type TextIndex } from "./text-index";
import type { Fact } from "./types";
import type { Subservice } from "./soc-components";

// "<Name> [(<short name or product>)] to provide <services>." — the name in capitalised words (with its legal form,
// "Amazon Web Services, Inc." keeping its comma), the services up to the sentence's end.
const USES_TO_PROVIDE =
  /\buses\s+([A-Z][\w&'-]*(?:,?\s+(?:[A-Z][\w&.'-]*|&|of))*(?:\s*\([^()]{1,40}\))?)\s+to\s+provide\s+([^.]{3,120})\.(?=\s|$)/g;
// The following sentences call it the subservice organisation.
const CALLED_SUBSERVICE = /\b(?:the|this|that)\s+subservice\s+organi[sz]ation\b/i;

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
