import ExcelJS from "exceljs";
import type { Worksheet } from "exceljs";
import { describe, expect, it } from "vitest";
import { makeSampleReport, makeSampleVendor } from "./sample-report";
import type { GapReport } from "./types";
import { gapReportToXlsx } from "./xlsx";

async function readBack(buf: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buf as unknown as ArrayBuffer);
  return workbook;
}

function headerIndex(sheet: Worksheet): Record<string, number> {
  const index: Record<string, number> = {};
  sheet.getRow(1).eachCell((cell, col) => (index[String(cell.value)] = col));
  return index;
}

function dataRows(sheet: Worksheet) {
  const rows = [];
  for (let r = 2; r <= sheet.rowCount; r++) rows.push(sheet.getRow(r));
  return rows;
}

describe("gapReportToXlsx", () => {
  it("writes Gaps, Vendors and Evidence sheets with typed columns", async () => {
    const report = makeSampleReport(2, 12);
    const workbook = await readBack(await gapReportToXlsx(report));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Report", "Gaps", "Vendors", "Evidence"]);

    const gaps = workbook.getWorksheet("Gaps")!;
    const col = headerIndex(gaps);
    const rows = dataRows(gaps);
    expect(rows).toHaveLength(24);
    for (const row of rows) {
      const vendor = report.vendors.find((v) => v.id === row.getCell(col["Vendor ID"]).value)!;
      const gap = vendor.gaps.find((g) => g.key === row.getCell(col["Gap key"]).value)!;
      expect(row.getCell(col.Title).value).toBe(gap.title);
      expect(row.getCell(col.Owner).value ?? null).toBe(gap.ownerName);
      const due = row.getCell(col["Due date"]).value;
      if (gap.dueDate) {
        expect(due).toBeInstanceOf(Date);
        expect((due as Date).toISOString().slice(0, 10)).toBe(gap.dueDate);
        expect(row.getCell(col["Due date"]).numFmt).toBe("yyyy-mm-dd");
      } else {
        expect(due).toBeNull();
      }
      expect(typeof row.getCell(col.Overdue).value).toBe("boolean");
      const validation = row.getCell(col.Severity).dataValidation;
      expect(validation?.type).toBe("list");
      expect(validation?.formulae).toEqual(['"critical,high,medium,low"']);
    }

    expect(gaps.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(gaps.autoFilter).toBeTruthy();
    expect(gaps.getColumn(col.Title).width).toBeGreaterThan(20);

    const vendors = workbook.getWorksheet("Vendors")!;
    const vcol = headerIndex(vendors);
    const vrows = dataRows(vendors);
    expect(vrows.map((r) => r.getCell(vcol.Vendor).value)).toEqual(report.vendors.map((v) => v.name));
    expect(vrows[0].getCell(vcol["Decided at (UTC)"]).value).toEqual(new Date("2026-11-20T14:05:00Z"));
    expect(vrows[0].getCell(vcol["Total gaps"]).value).toBe(12);
    const openExpected = report.vendors[0].gaps.filter((g) => g.status === "open" || g.status === "in_progress").length;
    expect(vrows[0].getCell(vcol["Open gaps"]).value).toBe(openExpected);

    const evidence = workbook.getWorksheet("Evidence")!;
    const ecol = headerIndex(evidence);
    const erows = dataRows(evidence);
    expect(erows).toHaveLength(6);
    expect(erows[0].getCell(ecol["Auditor / body"]).value).toBe("Ernst & Young LLP");
    expect(erows[0].getCell(ecol["Period start"]).value).toEqual(new Date(Date.UTC(2024, 6, 1)));
    expect(erows[1].getCell(ecol["Expiry date"]).value).toEqual(new Date(Date.UTC(2027, 1, 28)));
    expect(erows[1].getCell(ecol.Expired).value).toBe(false);
  });

  it("stores formula-looking text as guarded strings and never as formulas", async () => {
    const payloads = [
      '=HYPERLINK("http://evil.example","x")',
      "+1",
      "-2",
      "@SUM(A1)",
      "\t=1",
      "\0=cmd|' /C calc'!A0",
      "＝1",
    ];
    const vendor = makeSampleVendor(0, payloads.length, payloads[0]);
    vendor.gaps.forEach((g, i) =>
      Object.assign(g, { title: payloads[i], ownerName: payloads[i], citation: payloads[i] }),
    );
    vendor.evidence[0].auditorOrBody = "=1+1";
    const report: GapReport = { ...makeSampleReport(1, 0), vendors: [vendor] };
    const workbook = await readBack(await gapReportToXlsx(report));

    for (const sheet of workbook.worksheets) {
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
          expect(cell.formula).toBeUndefined();
        }),
      );
    }
    const gaps = workbook.getWorksheet("Gaps")!;
    const col = headerIndex(gaps);
    const titles = dataRows(gaps).map((r) => r.getCell(col.Title).value);
    // NUL is not legal in XML, so it is dropped after the guard has seen it.
    expect(titles.sort()).toEqual(payloads.map((p) => `'${p.replace("\0", "")}`).sort());
    expect(dataRows(gaps)[0].getCell(col.Vendor).value).toBe(`'${payloads[0]}`);
    expect(workbook.getWorksheet("Evidence")!.getRow(2).getCell(5).value).toBe("'=1+1");
  });

  it("keeps Unicode text intact and writes an empty register for zero gaps", async () => {
    const report = makeSampleReport(1, 0);
    report.vendors[0].name = "Zoë “Quoted” Müller 数据";
    const workbook = await readBack(await gapReportToXlsx(report));
    expect(workbook.getWorksheet("Gaps")!.rowCount).toBe(1);
    expect(workbook.getWorksheet("Vendors")!.getRow(2).getCell(2).value).toBe("Zoë “Quoted” Müller 数据");
  });
});
