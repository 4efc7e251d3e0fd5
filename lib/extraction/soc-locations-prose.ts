// The system's locations told in a sentence about the people or the organisation's own sites, not under a heading:
// "The system is supported by staff in Columbus, Ohio and Kraków, Poland.", "Acme's employees work from its
// headquarters in Milwaukee, Wisconsin.", "The company operates from offices in Singapore and Kuala Lumpur, Malaysia.",
// "Acme is headquartered in Norfolk, Virginia.", "… which run in the company's own data centres in Frankfurt am Main and Berlin." A cloud region or a data centre
// someone else runs is not one of them (no people, no own site in the sentence), nor is an office only said to exist.
import { squash } from "./normalize";
import { factAt, searchEach, type TextIndex } from "./text-index";
import type { Fact } from "./types";

// A place's name: capitalised words (any script's letters), with the small words some names keep ("Frankfurt am Main",
// "Stratford upon Avon"); then, after a comma, its region or country.
// A space between words, which may be a line's end: "Manchester,\nUnited Kingdom".
const SP = String.raw`(?:[ \t]+\n?[ \t]*|\n[ \t]*)`;
const WORD = String.raw`\p{Lu}[\p{Ll}'’-]+`;
const NAME = String.raw`${WORD}(?:${SP}(?:(?:am|an|upon|on|de|del|la|le|sur|im)${SP})?${WORD}){0,2}`;
const PLACE = String.raw`${NAME}(?:,${SP}${NAME})?`;
// Who works there or runs the system from there, or whose own site it is, then "in"/"from" and the places, closing the
// sentence or its clause. Only having offices somewhere ("The company has offices in Reno, Nevada") does not make them
// the system's locations.
const WHO = String.raw`\b(?:staff|personnel|employees|workforce|teams?|support|headquartered|(?:operates|operated|run|runs|managed|carried\s+out|provided|supported|based|work|works|performed|conducted|delivered)(?=\s+(?:from|in)\b)|own\s+data\s*cent(?:re|er)s?)\b`;
// "… in Leeds, United Kingdom, with a recovery site in Manchester, United Kingdom": its recovery site too.
const RECOVERY = String.raw`(?:,?\s+(?:with|and)\s+(?:a|its)\s+(?:(?:disaster\s+)?recovery|backup|secondary|failover)\s+(?:site|data\s*cent(?:re|er)|facility)\s+in\s+(${PLACE}))?`;
// A street address before the place: "an office at 400 Congress Avenue, Austin, Texas" is in Austin, Texas.
const STREET = String.raw`(?:\d{1,5}[A-Za-z]?\s+(?:\p{Lu}[\p{Ll}'-]+\s+){1,3}(?:Avenue|Street|St\.?|Road|Rd\.?|Boulevard|Blvd\.?|Lane|Drive|Way|Place|Square|Parkway|Court),\s+)?`;
const SENTENCE = new RegExp(
  String.raw`${WHO}[^.\n]{0,60}?(?:\n[^.\n]{0,60}?)?\b(?:in|from|at)\s+${STREET}(${PLACE}(?:,\s+${PLACE})*(?:,?\s+and\s+${PLACE})?)${RECOVERY}(?=\s*[.;](?:\s|$)|,\s+(?:which|where|while)\b)`,
  "gu",
);
// Words that open a name but are not places ("in the", "in Amazon Web Services data centers").
const NOT_A_PLACE = /^(?:The|Our|Its|Their|Amazon|Microsoft|Google|Section|Note)\b/;

/**
 * The places a sentence about the organisation's people or own sites names, each "City" or "City, Region": of several
 * such sentences ("headquartered in Boise, Idaho", then "performed from its offices in Boise, Idaho and Lisbon,
 * Portugal"), the one that names the most.
 */
export function locationsInSentence(index: TextIndex): Fact<string[]> | null {
  let best: Fact<string[]> | null = null;
  for (const m of searchEach(index, SENTENCE)) {
    const list = squash(m[1]!);
    const place = new RegExp(String.raw`(${PLACE})(?:,?\s+and\s+|,\s+(?=\p{Lu})|$)`, "gu");
    let places = [...list.matchAll(place)].map((p) => p[1]!);
    // "Monterrey, Nuevo León, Mexico": one place in three parts, not a place and a country (a list of two joins them
    // with "and").
    if (places.length === 2 && !/\band\b/.test(list) && places[0]!.includes(",") && !places[1]!.includes(","))
      places = [`${places[0]}, ${places[1]}`];
    if (m[2]) places.push(squash(m[2]));
    if (places.length === 0 || places.some((p) => NOT_A_PLACE.test(p))) continue;
    const at = m.index + m[0].lastIndexOf(m[1]!);
    if (best && best.value!.length >= places.length) continue;
    best = factAt(
      index,
      places,
      at,
      m.index + m[0].length - at,
      0.55,
      "the places a sentence says the organisation works from",
    );
  }
  return best;
}
