import { PDFParse } from "pdf-parse";
import { describe, expect, it } from "vitest";
import { gapReportToPdf } from "./pdf-report";
import { makeSampleReport, makeSampleVendor } from "./sample-report";
import type { GapReport } from "./types";

async function pdfText(buf: Buffer) {
  const parser = new PDFParse({ data: new Uint8Array(buf) });
  try {
    return await parser.getText();
  } finally {
    await parser.destroy();
  }
}

// pdf.js breaks wrapped cells into several lines; compare on collapsed whitespace.
function squash(text: string): string {
  return text.replace(/\s+/g, " ");
}

describe("gapReportToPdf", () => {
  it("contains the summary, vendor names, gap titles, owners, evidence and page footers", async () => {
    const report = makeSampleReport(2, 6);
    const buf = await gapReportToPdf(report);
    expect(buf.subarray(0, 5).toString()).toBe("%PDF-");
    const result = await pdfText(buf);
    const text = squash(result.text);

    expect(text).toContain("Gap register: All vendors with gaps (2)");
    expect(text).toContain("Filters: none: every gap of every vendor, every status");
    expect(text).toContain("Acme Bank – Zürich");
    expect(text).toContain("Position as of: 2026-11-23");
    expect(text).toContain("Generated: 2026-11-23 18:30 UTC");
    for (const vendor of report.vendors) {
      expect(text).toContain(vendor.name);
      for (const gap of vendor.gaps) {
        expect(text).toContain(gap.title);
        if (gap.ownerName) expect(text).toContain(gap.ownerName);
      }
    }
    expect(text).toContain("Ernst & Young LLP");
    expect(text).toContain("2024-07-01 – 2025-06-30");
    expect(text).toContain("“Access reviews were not performed");
    expect(text).toContain("approved_with_conditions");
    for (const page of result.pages) expect(squash(page.text)).toContain(`Page ${page.num} of ${result.total}`);
  });

  it("marks overdue gaps, risk acceptances and expired evidence against the as-of date", async () => {
    const report = makeSampleReport(1, 3);
    const [overdue, accepted, future] = report.vendors[0].gaps;
    Object.assign(overdue, { status: "open", dueDate: "2026-11-22", title: "Overdue one" });
    Object.assign(accepted, { status: "risk_accepted", acceptedUntil: "2027-03-31", title: "Accepted one" });
    Object.assign(future, { status: "open", dueDate: "2026-11-23", title: "Due today" });
    report.vendors[0].evidence[1].expiryDate = "2026-11-22";
    const page = squash((await pdfText(await gapReportToPdf(report))).pages[1].text);
    expect(page).toMatch(/Overdue one .*2026-11-22 overdue Open/);
    expect(page).toMatch(/Due today .*2026-11-23 Open/);
    expect(page).toContain("Risk accepted until 2027-03-31");
    expect(page).toContain("2026-11-22 expired");
    expect(page.match(/overdue/g)).toHaveLength(2); // the row flag plus "(1 overdue)" in the count line
  });

  it("says there are no open gaps for a vendor with none", async () => {
    const report = makeSampleReport(1, 0);
    const result = await pdfText(await gapReportToPdf(report));
    const vendorPage = squash(result.pages[1].text);
    expect(vendorPage).toContain("No open gaps.");
    expect(vendorPage).not.toContain("Citation");
    expect(squash(result.text)).toContain("Vendor gap report: Vendor 0 Société Générale Cloud");
  });

  it("lists closed gaps for the record but still says none is open", async () => {
    const report = makeSampleReport(1, 2);
    report.vendors[0].gaps.forEach((g) => (g.status = "resolved"));
    const text = squash((await pdfText(await gapReportToPdf(report))).text);
    expect(text).toContain("No open gaps. 2 closed gap(s) listed for the record.");
    expect(text).toContain(report.vendors[0].gaps[1].title);
  });

  it("renders 1,000 gaps across pages, repeating the table header on each continuation page", async () => {
    const report = makeSampleReport(1, 1000);
    const result = await pdfText(await gapReportToPdf(report));
    expect(result.total).toBeGreaterThan(20);
    const text = squash(result.text);
    for (const gap of report.vendors[0].gaps) expect(text).toContain(gap.title);
    const continued = result.pages.filter((p) => p.text.includes("gaps (continued)"));
    expect(continued.length).toBe(result.total - 2);
    for (const page of continued) {
      expect(squash(page.text)).toMatch(/Severity Gap Owner Due date Status Citation/);
    }
    expect(squash(result.pages[result.total - 1].text)).toContain(`Page ${result.total} of ${result.total}`);
  });

  it("survives Unicode, control characters, and text too long for one page", async () => {
    const vendor = makeSampleVendor(0, 3, "Zoë “Quoted” Müller GmbH – 数据服务 😀");
    vendor.gaps[0].title = "Überprüfung fehlt – naïve café ＝ full-width \u0007bell ő";
    vendor.gaps[0].ownerName = "Renée Fjørtoft";
    vendor.gaps[1].citation = `SOC 2 report p.12: “${"very long quote ".repeat(2_000)}”`;
    vendor.gaps[2].detail = "x".repeat(50_000);
    const report: GapReport = { ...makeSampleReport(1, 0), vendors: [vendor] };
    const text = squash((await pdfText(await gapReportToPdf(report))).text);
    expect(text).toContain("Zoë “Quoted” Müller GmbH – ???? ?");
    expect(text).toContain("Überprüfung fehlt – naïve café = full-width bell o");
    expect(text).toContain("Renée Fjørtoft");
    // The clamp ends an over-long cell with an ellipsis rather than spilling across pages.
    expect(text).toMatch(/“(very long quote )+very[a-z ]*…/);
    expect(text).toMatch(/(x{20,} ){3,}x+…/);
  });
});
