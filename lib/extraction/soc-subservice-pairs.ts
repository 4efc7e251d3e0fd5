// Several subservice organisations named in one "uses" (or "relies on", "utilizes", "leverages", "engages") sentence,
// each with its own service: "Acme relies on Google LLC for cloud hosting and on Vonage Holdings Corp. for video", "Acme uses Amazon Web
// Services, Inc. to provide cloud hosting services and Datadog, Inc. to provide monitoring services.", "Acme uses A
// (cloud hosting services) and B (monitoring services) to provide …", "uses the services of A for x and B for y", "uses
// the following subservice organizations: A for x, B for y and C for z". The same or the next sentences must speak of
// subservice organisations, so a vendor list is not read as one.
import { squash } from "./normalize";
import { USES } from "./soc-subservice-uses-sentence";
import { factAt, searchEach, type TextIndex } from "./text-index";
import type { Fact } from "./types";
import type { Subservice } from "./soc-components";

// A name in capitals, its legal form kept with its comma ("Amazon Web Services, Inc.").
// A product or short name in brackets stays with it ("Microsoft Corporation (Microsoft Azure)").
const NAME = String.raw`[A-Z][\w&'-]*(?:,?\s+(?:[A-Z][\w&.'-]*|&|of))*(?:\s*\([A-Z][^()]{0,40}\))?`;
// One organisation and what it provides: "A to provide x", "A for x", or "A (x)"; a service in words ends where the next
// organisation's name or the sentence begins.
// "… for cloud hosting and on B for …": the preposition of "relies on" may be said again before the next name.
const AGAIN = String.raw`(?:(?:on|upon|with)\s+)?`;
const NEXT = String.raw`(?=,\s*(?:and\s+)?${AGAIN}[A-Z]|\s+and\s+${AGAIN}[A-Z]|[.,]?\s*$|\.\s)`;
const pair = (g: boolean) => {
  const [o, c] = g ? ["(", ")"] : ["(?:", ")"];
  // "to provide x", "for x", or another verb kept with its service ("to host the portal", "to deliver passcodes by
  // SMS"); the service may end in a bracketed product ("for a managed database (MongoDB Atlas)").
  return String.raw`${o}${NAME}${c}\s+(?:to\s+provide\s+|for\s+|to\s+(?=[a-z]{3,}\s))${o}[a-z][^.,()]{2,80}?(?:\s*\([^()]{1,60}\))?${c}${NEXT}|${o}${NAME}${c}\s*\(${o}[a-z][^()]{2,80}${c}\)`;
};
const PAIR = pair(true);
const SEP = String.raw`(?:,\s*(?:and\s+)?|\s+and\s+)${AGAIN}`;
const SENTENCE = new RegExp(
  String.raw`\b${USES}\s+(?:the\s+services\s+of\s+|the\s+following\s+(?:subservice\s+)?organi[sz]ations?\s*:?\s*)?((?:${pair(false)})${SEP}(?:${pair(false)})(?:${SEP}(?:${pair(false)}))*)(?=[.,]?\s|\.$)`,
  "g",
);
// The same or the next sentences speak of subservice organisations, or of the method that treats them.
const SUBSERVICE_WORDS = /\bsubservice\s+organi[sz]ations?\b|\b(?:carve[-\s]?out|carved[-\s]out|inclusive)\s+method\b/i;

/** The organisations, each with its service, of the first such sentence, when at least two are named. */
export function pairedSubservices(index: TextIndex, method: Subservice["method"]): Fact<Subservice[]> | null {
  for (const m of searchEach(index, SENTENCE)) {
    const end = m.index + m[0].length;
    if (!SUBSERVICE_WORDS.test(index.text.slice(m.index, end + 300))) continue;
    const subs: Subservice[] = [];
    for (const p of squash(m[1]!).matchAll(new RegExp(PAIR, "g"))) {
      const name = (p[1] ?? p[3])!.replace(/^and\s+/, "");
      subs.push({ name, service: squash((p[2] ?? p[4])!), method: method ?? "carve-out" });
    }
    if (subs.length < 2 || subs.some((s) => s.name.split(" ").length > 8)) continue;
    return factAt(
      index,
      subs,
      m.index,
      m[0].length,
      0.75,
      "organisations named in one sentence, each with its service",
    );
  }
  return null;
}
