// Rules written on the failures of the list10-dev set's half A (invented sub-processor lists and bridge letters from
// several producers, 2026-12-07): a CSV export's change-log section, a spreadsheet's label/value date row, a running
// footer inside a PDF table, HTML cards, nested YAML, Indian letter conventions. Every text here is made up, and each
// case failed on the rules before it.
import { describe, expect, it } from "vitest";
import { extractFromText } from "./extract-document";
import { detectTextFormat, textDocumentFrom } from "./text-formats";

function readList(text: string, filename: string) {
  const format = detectTextFormat(filename, undefined, text.slice(0, 512))!;
  return extractFromText(textDocumentFrom(new TextEncoder().encode(text), filename, format), {
    classification: { kind: "subprocessor_list", confidence: 1, reason: "test" },
  });
}

type Row = { name: string; purpose: string | null; location: string | null };
const names = (r: ReturnType<typeof readList>) =>
  ((r.facts.subprocessors?.value as Row[] | null) ?? []).map((x) => x.name);

describe("list10: spreadsheet exports (CSV)", () => {
  const csv = `Widgetly Ltd - Sub-processor register,,
Last updated,14/11/2026,
,,
Sub-processor,Purpose,Location
Cloud Co GmbH,Hosting,Germany
Mail Co Inc.,Email,United States
,,
Change log,,
Date,Change,Sub-processor
02/09/2026,Removed,Old Desk Ltd
`;
  it("ends the list at the first empty row: a change-log section below it adds no entries", () => {
    expect(names(readList(csv, "list.csv"))).toEqual(["Cloud Co GmbH", "Mail Co Inc."]);
  });
  it("reads a 'Last updated' label cell's date from the next cell", () => {
    expect(readList(csv, "list.csv").facts.last_updated?.value).toBe("2026-11-14");
  });
});
