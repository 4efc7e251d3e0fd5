// The services in scope told in a sentence, not a list: "The system comprises Acme Forecast, Acme Signals and Acme
// Sync, hosted in …", "The system supports three offerings: A, B and C, used by clinics", "The platform consists of three services: A, B and C.", "The archive is offered as two services,
// A and B, which run in …", "The products in scope are A, B and C.", "comprises two modules: A, which …, and B, which
// …". The subject is the system (or its kind of thing: the platform, the gateway, the suite), the
// verb says what it is made of, and every item is a name in capitals.
import { joinBrokenWords } from "./line-end-hyphens";
import { escapeRe, squash } from "./normalize";
import { factAt, searchEach, type TextIndex } from "./text-index";
import type { Fact } from "./types";

// "supports three offerings: …", "encompasses …", "covers …", "is made available as …", "spans …".
const VERB = String.raw`(?:comprises|is\s+comprised\s+of|consists\s+of|includes|encompasses|covers|spans|supports|is\s+made\s+up\s+of|is\s+composed\s+of|is\s+(?:offered|delivered|provided|sold|made\s+available)\s+as)`;
const NUMBERS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8 };
const NUMBER = String.raw`two|three|four|five|six|seven|eight|[2-8]`;
const NOUNS = String.raw`(?:(?:separate|distinct|main|core)\s+)?(?:services|products|modules|applications|offerings|components)`;
const COUNT = String.raw`(?:the\s+following\s+)?(?:(?:${NUMBER})\s+)?${NOUNS}`;
// "The products in scope are A, B and C.", "The services covered by this report include …".
// "Acme offers three products: A, B and C." — the organisation offering a counted or announced list.
const OFFERS = String.raw`(?:^|[.:]\s+|\n)(?:[A-Z][\w&'-]*\s+){1,4}(?:offers|provides|sells)(?=\s+(?:the\s+following|${NUMBER})\s+${NOUNS})`;
const LISTED_AS = String.raw`(?:^|[.:]\s+|\n)The\s+(?:products|services|applications|modules|offerings)\s+(?:in\s+scope|covered(?:\s+by\s+this\s+report)?|included(?:\s+in\s+(?:the\s+)?(?:scope|system|report|this\s+report))?)(?:\s+of\s+this\s+report)?\s+(?:are|include)`;
// The sentence's subject: "The system", "The Acme Freight Visibility System", "It", "The platform" — a few words after
// "The", the last a noun for what is examined.
const SUBJECT = String.raw`(?:^|[.:]\s+|\n)(?:The\s+(?:[A-Z][\w®&'-]*\s+){0,5}|the\s+)?(?:[Ss]ystem|[Pp]latform|[Gg]ateway|[Ss]uite|[Ss]ervice|[Ss]olution|[Aa]pplication|[Aa]rchive|[Pp]roduct|[Ee]xchange|[Hh]ub|[Cc]loud|[Nn]etwork|[Ee]ngine)|(?:^|[.]\s+|\n)It`;
const subjectVerb = (system: string | null) =>
  String.raw`(?:(?:${SUBJECT}${system ? String.raw`|(?:^|[.:]\s+|\n)(?:The\s+)?${escapeRe(system).replace(/\s+/g, "\\s+")}` : ""})\s+${VERB}|${LISTED_AS}|${OFFERS})`;
const sentence = (system: string | null) =>
  new RegExp(
    String.raw`${subjectVerb(system)}\s+(?:${COUNT}\s*[:,]?\s+)?((?:the\s+)?[A-Z][^.;]{2,300}?)(?=,?\s+(?:all\s+|each\s+|both\s+)?(?:hosted|which|that|delivered|running|deployed|operated|supported|provided|offered|used|accessed|available|licensed|sold|marketed|designed|built|intended)\b|\.(?:\s|$)|;)`,
    "g",
  );
// "comprises two modules: Acme Books, which handles ledgers, and Acme Pay, which runs payroll.": a counted list whose
// items each go on to say what they are.
const counted = (system: string | null) =>
  new RegExp(String.raw`${subjectVerb(system)}\s+(${NUMBER})\s+${NOUNS}\s*[:,]\s*([^.;]{5,400}?)\.(?:\s|$)`, "g");
const NAME_FIRST =
  /^(?:the\s+)?([A-Z0-9][\w®&'.-]*(?:\s+(?:[A-Z0-9][\w®&'.-]*|&|of|for)){0,5})(?=\s*(?:,|\(|[-–—:]|$))/;
// A product name: one to six words in capitals (digits, "&" and "of" allowed inside), after an optional "the".
const NAME = /^(?:the\s+)?([A-Z0-9][\w®&'.-]*(?:\s+(?:[A-Z0-9][\w®&'.-]*|&|of|for)){0,5})$/;
const NOT_A_SERVICE =
  /^(?:Security|Availability|Confidentiality|Processing|Privacy|Infrastructure|Software|People|Procedures|Data|Section|Trust|The)$/i;

/** The services a sentence says the system is made of, when it names at least two, each in capitals. */
export function servicesInSentence(index: TextIndex, system: string | null): Fact<string[]> | null {
  for (const m of searchEach(index, sentence(system))) {
    // A name a typesetter broke at a line's end ("Ash-" / "grove Parent View") is one word again.
    const list = joinBrokenWords(squash(m[1]!), index.text);
    const parts = list.split(/\s*,\s*(?:and\s+)?|\s+and\s+/).filter(Boolean);
    if (parts.length < 2 || parts.length > 8) continue;
    const names = parts.map((p) => NAME.exec(p)?.[1]);
    if (names.some((n) => !n || NOT_A_SERVICE.test(n.split(" ")[0]!))) continue;
    const at = m.index + m[0].indexOf(m[1]!);
    return factAt(
      index,
      names as string[],
      at,
      m[1]!.length,
      0.65,
      "the services a sentence says the system comprises",
    );
  }
  for (const m of searchEach(index, counted(system))) {
    const want = NUMBERS[m[1]!.toLowerCase()] ?? Number(m[1]);
    const segments = joinBrokenWords(squash(m[2]!), index.text).split(
      /,\s*(?:and\s+)?(?=(?:the\s+)?[A-Z0-9])|\s+and\s+(?=(?:the\s+)?[A-Z0-9])/,
    );
    const names = segments.map((p) => NAME_FIRST.exec(p)?.[1]).filter((n): n is string => !!n);
    if (names.length !== want || names.some((n) => NOT_A_SERVICE.test(n.split(" ")[0]!))) continue;
    const at = m.index + m[0].indexOf(m[2]!);
    return factAt(index, names, at, m[2]!.length, 0.6, "the services a counted sentence names");
  }
  return null;
}
