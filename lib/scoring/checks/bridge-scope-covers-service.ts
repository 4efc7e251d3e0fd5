import type { CheckContext, GapDraft } from "../check-types";
import { citeField } from "../evidence";
import { normalizeText, textMentions } from "../names";
import { serviceSystems } from "../service";

/** Does each bridge letter name the systems the buyer uses? */
export function checkBridgeScopeCoversService({ vendor, service }: CheckContext): GapDraft[] {
  const systems = serviceSystems(service);
  return vendor.bridgeLetters.flatMap((letter): GapDraft[] => {
    if (letter.scopeServices === null || letter.scopeServices.length === 0) {
      return [
        {
          subject: letter.documentId,
          severity: "low",
          title: "Could not verify a bridge letter's scope",
          detail: `The letter names no service or system, so it cannot be shown to cover ${systems.join(", ")}.`,
          citation: citeField(letter, "scopeServices"),
        },
      ];
    }
    const scopeText = letter.scopeServices.join(" ; ");
    return systems
      .filter((system) => !textMentions(scopeText, system))
      .map((system) => ({
        subject: `${letter.documentId}:${normalizeText(system)}`,
        severity: "medium" as const,
        title: `Bridge letter scope misses ${system}`,
        detail: `The letter covers ${letter.scopeServices!.join(", ")}, not ${system}.`,
        citation: citeField(letter, "scopeServices"),
      }));
  });
}
