// Made-up cards (blind-13's half B had a page whose labels are questions).
import { describe, expect, it } from "vitest";
import { readAs } from "./test-support/read-as";

const rows = (purposeLabel: string, locationLabel: string) => {
  const r = readAs(
    "subprocessor_list",
    [
      "# Our subprocessors",
      "",
      "#### Cloud Co EMEA Limited",
      `${purposeLabel}: Hosting and storage`,
      `${locationLabel}: Belgium`,
      "",
      "#### Watchdog, Inc.",
      `${purposeLabel}: Infrastructure monitoring`,
      `${locationLabel}: United States`,
    ].join("\n"),
  );
  return r.facts.subprocessors!.value as { name: string; purpose: string; location: string }[];
};

describe("cards whose labels are the questions the page answers", () => {
  it.each([
    ["What they do for us", "Where data is processed"],
    ["Why we use them", "Where the data is stored"],
    ["What we use them for", "Processing country"],
    ["Used for", "Hosted in"],
  ])("%s / %s", (purpose, location) => {
    expect(rows(purpose, location)).toMatchObject([
      { name: "Cloud Co EMEA Limited", purpose: "Hosting and storage", location: "Belgium" },
      { name: "Watchdog, Inc.", purpose: "Infrastructure monitoring", location: "United States" },
    ]);
  });
});
