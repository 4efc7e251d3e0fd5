// The ways a bridge letter says nothing changed, beyond "no material changes" and "not aware of any material changes":
// "there have not been any material changes", "no events or changes have occurred that would …", "no significant
// changes have been made", "the controls … have remained in place and unchanged", "nothing has come to our attention
// that would indicate … changes". A sentence that excepts something from its claim ("except", "other than", "apart
// from", "save for", "with the exception of") is no such claim.
import { factAt, search, type TextIndex } from "./text-index";
import type { Fact } from "./types";

const KIND = `(?:(?:material|significant|notable|substantive|relevant)\\s+)?`;

/** A no-change claim's words (no sentence bounds): for judging a range's role by the sentence it stands in. */
export const NO_CHANGE_CLAIM = new RegExp(
  [
    `\\b(?:have|has|had)\\s+not\\s+been\\s+any\\s+${KIND}(?:changes?|modifications?)\\b`,
    `\\b(?:were|was)\\s+not\\s+any\\s+${KIND}(?:changes?|modifications?)\\b`,
    `\\bno\\s+${KIND}(?:events?,?\\s+(?:or|and)\\s+)?${KIND}(?:changes?|modifications?)(?:,?\\s+(?:or|and)\\s+events?)?\\s+(?:have|has|had)\\s+(?:occurred|taken\\s+place|been\\s+(?:made|implemented|identified))\\b`,
    `\\b(?:have|has)\\s+remained\\s+(?:in\\s+place|unchanged|the\\s+same|substantially\\s+(?:the\\s+same|unchanged))\\b`,
    `\\bnothing\\s+has\\s+come\\s+to\\s+(?:our|management['’]s|its)\\s+attention\\b[^.]{0,120}\\bchanges?\\b`,
    // German, French, Spanish, Dutch, Italian, Swedish, Norwegian and Danish letters.
    `\\bkeine\\s+(?:wesentlichen|signifikanten|bedeutenden|materiellen)?\\s*(?:[äa]nderungen|ver[äa]nderungen)\\b`,
    `\\baucun(?:e)?\\s+(?:changement|modification)s?\\b`,
    `\\bno\\s+se\\s+(?:han|ha)\\s+producido\\s+cambios\\b|\\bning[úu]n\\s+cambio\\b|\\bsin\\s+cambios\\s+(?:significativos|materiales|relevantes)\\b`,
    `\\bgeen\\s+(?:wezenlijke\\s+|materi[ëe]le\\s+|significante\\s+)?wijzigingen\\b`,
    `\\bnessun[ao]?\\s+(?:modifica|cambiamento|variazione)\\b`,
    `\\binga\\s+(?:v[äa]sentliga\\s+)?(?:f[öo]r[äa]ndringar|[äa]ndringar)\\b|\\bingen\\s+(?:vesentlige|v[æa]sentlige)\\s+(?:endringer|[æa]ndringer)\\b`,
  ].join("|"),
  "i",
);

const EXCEPTING =
  /\b(?:except|other\s+than|apart\s+from|save\s+for|with\s+the\s+exception\s+of|excluding|au(?:ß|ss)er|ausgenommen|mit\s+ausnahme|sauf|[àa]\s+l['’]exception|excepto|salvo|behalve|met\s+uitzondering|tranne|eccetto|utom|unntatt|undtagen)\b/i;

/** "none", cited at the letter's no-change sentence in one of these wordings, or null. */
export function noChangeClaim(index: TextIndex): Fact<string> | null {
  const m = search(index, new RegExp(`[^.]*(?:${NO_CHANGE_CLAIM.source})[^.]*\\.`, "i"));
  if (!m || EXCEPTING.test(m[0])) return null;
  const start = m.index + (m[0].length - m[0].trimStart().length);
  return factAt(index, "none", start, m[0].trim().length, 0.8);
}
