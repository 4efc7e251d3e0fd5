// A deviation's counts as reports print them besides "2 of 25": spelt out with the digits in brackets ("two (2) of
// twenty-five (25)", as US firms write), the digits first ("2 (two) of 25 (twenty-five)"), or spelt out alone ("two of
// the twenty-five new hires", "one out of forty"). Each count is turned to its digits before the sample is read.
const UNITS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const UNIT = Object.keys(UNITS)
  .sort((a, b) => b.length - a.length)
  .join("|");
const TEN = Object.keys(TENS).join("|");
// "twenty-five", "twenty five", "forty", "seven".
const NUMBER_WORD = String.raw`(?:(?:${TEN})(?:[-\s](?:${UNIT.split("|")
  .filter((u) => UNITS[u]! < 10)
  .join("|")}))?|${UNIT})`;

function valueOf(words: string): number {
  const [tens, unit] = words.toLowerCase().split(/[-\s]+/);
  if (TENS[tens!] !== undefined) return TENS[tens!]! + (unit ? (UNITS[unit] ?? 0) : 0);
  return UNITS[tens!] ?? NaN;
}

/** The text with every spelt-out count in digits: "two (2) of twenty-five (25)" and "two of twenty-five" read "2 of 25". */
export function countsInDigits(text: string): string {
  return (
    text
      // "two (2)": the words and the digits say the same; the digits stay.
      .replace(new RegExp(String.raw`\b${NUMBER_WORD}\s*\((\d{1,4})\)`, "gi"), "$1")
      // "2 (two)".
      .replace(new RegExp(String.raw`\b(\d{1,4})\s*\(${NUMBER_WORD}\)`, "gi"), "$1")
      // "two of the twenty-five", "one out of forty": spelt-out counts on both sides of "of".
      .replace(
        new RegExp(String.raw`\b(${NUMBER_WORD})(\s+(?:out\s+)?of\s+(?:the\s+)?)(${NUMBER_WORD})\b`, "gi"),
        (all, a: string, of: string, b: string) => {
          const x = valueOf(a);
          const y = valueOf(b);
          return Number.isNaN(x) || Number.isNaN(y) ? all : `${x}${of}${y}`;
        },
      )
  );
}
