// Certificate and sub-processor list rules from issue #12's fourth blind set (half A). Every text here is made up;
// each case stands for a layout the next vendor may print, and each failed on the earlier rules.
import { describe, expect, it } from "vitest";
import { extractFromText } from "./extract-document";
import { buildPage, type RawItem } from "./layout";
import { detectTextFormat, textDocumentFrom } from "./text-formats";
import type { TextDocument } from "./types";

/** A line of cells: [text, x] pairs on one baseline, in one font size; `gap` is the distance from the line above. */
type Row = { cells: [string, number][]; size: number; gap?: number };
const row = (size: number, ...cells: [string, number][]): Row => ({ cells, size });
const after = (gap: number, r: Row): Row => ({ ...r, gap });

function layoutOf(rows: Row[]) {
  const items: RawItem[] = [];
  let y = 60;
  for (const r of rows) {
    y += r.gap ?? r.size * 1.4;
    for (const [text, x] of r.cells) items.push([text, x, y, text.length * r.size * 0.5, r.size, 0]);
  }
  return { width: 595, height: 842, items };
}

function readCertificate(pages: Row[][]): Record<string, unknown> {
  const layouts = pages.map(layoutOf);
  const doc: TextDocument = {
    pages: layouts.map((l) => buildPage(l).text),
    filename: "certificate.pdf",
    format: "pdf",
    layouts,
  };
  const r = extractFromText(doc, {
    classification: { kind: "iso_certificate", confidence: 1, reason: "test" },
    now: new Date("2026-01-01"),
  });
  return Object.fromEntries(
    Object.entries(r.facts as Record<string, { value: unknown }>).map(([k, f]) => [k, f.value]),
  );
}

function readList(text: string, filename: string) {
  const format = detectTextFormat(filename, undefined, text.slice(0, 512))!;
  const doc: TextDocument = textDocumentFrom(new TextEncoder().encode(text), filename, format);
  return extractFromText(
    { ...doc, format },
    { classification: { kind: "subprocessor_list", confidence: 1, reason: "test" } },
  );
}

describe("certificate site schedules", () => {
  it("keeps a site's wrapped name in its row and names the site before its address", () => {
    const v = readCertificate([
      [
        row(13, ["HARROWGATE CERTIFICATION LTD", 60]),
        row(10, ["CERTIFICATE No. HC-5521", 60]),
        row(10, ["This certificate is issued to", 60]),
        row(12, ["Pellworth Systems Ltd", 60]),
        row(10, ["and the sites listed in the schedule, which meets the requirements of ISO/IEC 27001:2022", 60]),
        row(10, ["Expiry date: 4 May 2028", 60]),
      ],
      [
        row(13, ["Schedule to Certificate No. HC-5521", 60]),
        row(9.5, ["Site", 64], ["Address", 164], ["Activities", 364]),
        after(20, row(9.5, ["Registered office", 64], ["12 Quay Street, M3 3HN", 164], ["Management,", 364])),
        row(9.5, ["Manchester, United Kingdom", 164], ["engineering", 364]),
        after(20, row(9.5, ["Operations", 64], ["Unit 4, Dock Road, CF10 5AL", 164], ["Hosting operations", 364])),
        row(9.5, ["centre", 64], ["Cardiff, United Kingdom", 164]),
        after(20, row(9.5, ["Service desk", 64], ["3 Harbour Lane, BS1 4RN Bristol", 164], ["Customer support", 364])),
      ],
    ]);
    expect(v.sites).toEqual([
      {
        location: "Registered office: 12 Quay Street, M3 3HN Manchester, United Kingdom",
        activity: "Management, engineering",
      },
      {
        location: "Operations centre: Unit 4, Dock Road, CF10 5AL Cardiff, United Kingdom",
        activity: "Hosting operations",
      },
      { location: "Service desk: 3 Harbour Lane, BS1 4RN Bristol", activity: "Customer support" },
    ]);
  });
});

describe("Markdown sub-processor lists", () => {
  const md = [
    "# Tarnbeck Software Ltd — Sub-processors",
    "",
    "> Covers the Tarnbeck planner. Last updated **3 February 2027**.",
    "",
    "| Sub-processor | Function | Location |",
    "|:--|:-:|--:|",
    "| Hetzner Online GmbH | Hosting \\| backups | Germany |",
    "| Mailgun Technologies, Inc. | E-mail | United States |",
    "",
  ].join("\n");

  it("names the vendor from a Markdown title with a dash, and reads a bold date", () => {
    const r = readList(md, "subprocessors.md");
    expect(r.facts.vendor?.value).toBe("Tarnbeck Software Ltd");
    expect(r.facts.last_updated?.value).toBe("2027-02-03");
  });

  it("reads a date in italics after 'Effective'", () => {
    const r = readList(md.replace("Last updated **3 February 2027**", "Effective _3 February 2027_"), "x.md");
    expect(r.facts.last_updated?.value).toBe("2027-02-03");
  });
});
