// A firm's street address printed on one line under its signature: "2 Wharfside Quay, Leeds LS1 4BR, United Kingdom",
// "12 rue de la Paix, 75002 Paris, France", "Level 9, 88 Flinders Lane, Melbourne VIC 3000, Australia", "1 Raffles
// Place, #20-01, Singapore 048616". The place a report is signed in is its city and country: "Leeds, United Kingdom".

// Postcodes around a city: British and Irish ("LS1 4BR", "D02 X285"), Canadian ("M5H 2N2"), numeric with a state or
// province's capitals before them ("VIC 3000") or alone ("75002", "048616", "1012 AB").
const POSTCODE = String.raw`(?:\p{Lu}{1,2}\d[\p{Lu}\d]?\s*\d\p{Lu}{2}|\p{Lu}\d{2}\s*[\p{Lu}\d]{4}|\p{Lu}\d\p{Lu}\s*\d\p{Lu}\d|(?:\p{Lu}{2,3}\s+)?\d{4,6}(?:\s*\p{Lu}{2})?)`;
const CITY = String.raw`\p{Lu}[\p{Ll}'’-]+(?:[ -](?:(?:am|upon|on|de|del|la|le|sur)[ -])?\p{Lu}[\p{Ll}'’-]+){0,2}`;
const CITY_WITH_CODE = new RegExp(String.raw`^(?:${POSTCODE}\s+(${CITY})|(${CITY})\s+${POSTCODE})$`, "u");
const COUNTRY = /^\p{Lu}[\p{Ll}]+(?:\s+(?:of\s+)?\p{Lu}[\p{Ll}]+){0,2}$/u;

/** "City, Country" of a one-line street address, or null when the line is no such address. */
export function cityOfAddress(line: string): string | null {
  const parts = line
    .trim()
    .replace(/\.$/, "")
    .split(/\s*,\s*/);
  if (parts.length < 3) return null;
  // A street address opens with a number or a floor/building word.
  if (!/^(?:\d|Level\b|Floor\b|Suite\b|Unit\b|\p{Lu}[\p{Ll}]+\s+(?:House|Building|Tower|Court)\b)/u.test(parts[0]!))
    return null;
  const country = parts.at(-1)!;
  const cityPart = parts.at(-2)!;
  const m = CITY_WITH_CODE.exec(cityPart);
  if (m && COUNTRY.test(country)) return `${m[1] ?? m[2]}, ${country}`;
  // A city-state: "1 Raffles Place, #20-01, Singapore 048616".
  const state = /^(\p{Lu}[\p{Ll}]+)\s+\d{4,6}$/u.exec(country);
  return state ? state[1]! : null;
}
