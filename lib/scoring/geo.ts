import { memoize } from "./memo";
import { words } from "./names";
import type { Region } from "./types";

type Country = { name: string; aliases: string[]; region: Region | null };

// Enough countries to resolve the places assurance documents name; a place not found here is
// reported as "could not verify", never as covered.
const COUNTRIES: Country[] = [
  {
    name: "United States",
    aliases: ["united states", "united states of america", "usa", "us", "u s", "u s a"],
    region: "US",
  },
  {
    name: "United Kingdom",
    aliases: ["united kingdom", "uk", "u k", "great britain", "gb", "england", "scotland", "wales", "northern ireland"],
    region: "UK",
  },
  ...[
    "Austria",
    "Belgium",
    "Bulgaria",
    "Croatia",
    "Cyprus",
    "Czech Republic",
    "Czechia",
    "Denmark",
    "Estonia",
    "Finland",
    "France",
    "Germany",
    "Greece",
    "Hungary",
    "Ireland",
    "Italy",
    "Latvia",
    "Lithuania",
    "Luxembourg",
    "Malta",
    "Netherlands",
    "Poland",
    "Portugal",
    "Romania",
    "Slovakia",
    "Slovenia",
    "Spain",
    "Sweden",
  ].map((name) => ({ name, aliases: [name.toLowerCase()], region: "EU" as const })),
  { name: "Netherlands", aliases: ["the netherlands", "holland"], region: "EU" },
  { name: "Germany", aliases: ["deutschland"], region: "EU" },
  ...[
    "Australia",
    "New Zealand",
    "Singapore",
    "Japan",
    "India",
    "Hong Kong",
    "South Korea",
    "Korea",
    "Indonesia",
    "Malaysia",
    "Philippines",
    "Thailand",
    "Vietnam",
    "Taiwan",
    "China",
  ].map((name) => ({ name, aliases: [name.toLowerCase()], region: "APAC" as const })),
  ...[
    "Canada",
    "Brazil",
    "Mexico",
    "South Africa",
    "Switzerland",
    "Norway",
    "Iceland",
    "Israel",
    "Egypt",
    "United Arab Emirates",
    "Turkey",
  ].map((name) => ({ name, aliases: [name.toLowerCase()], region: null })),
  { name: "Turkey", aliases: ["turkiye"], region: null },
  { name: "United Arab Emirates", aliases: ["uae"], region: null },
];

const ALIAS_WORDS = COUNTRIES.flatMap((country) =>
  country.aliases.map((alias) => ({ words: alias.split(" "), country })),
).sort((a, b) => b.words.length - a.words.length);

/** Countries named anywhere in a place string ("Dublin, Ireland" -> Ireland). */
export const countriesIn = memoize((place: string): readonly { name: string; region: Region | null }[] => {
  const placeWords = words(place);
  const found = new Map<string, Region | null>();
  for (let i = 0; i < placeWords.length; i++) {
    for (const alias of ALIAS_WORDS) {
      if (alias.words.every((word, j) => placeWords[i + j] === word))
        found.set(alias.country.name, alias.country.region);
    }
  }
  return [...found].map(([name, region]) => ({ name, region }));
});
