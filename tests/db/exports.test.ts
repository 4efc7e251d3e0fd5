import { randomUUID } from "node:crypto";
import ExcelJS from "exceljs";
import { PDFParse } from "pdf-parse";
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/load-actor";
import { systemDb as db } from "@/lib/db";
import { toDbDate } from "@/lib/dates";
import { GAP_CSV_HEADERS, gapReportToCsv } from "@/lib/export/csv";
import { gapReportToPdf } from "@/lib/export/pdf-report";
import { gapReportToXlsx } from "@/lib/export/xlsx";
import { parseExportFilters } from "@/lib/exports/filters";
import { loadGapReport } from "@/lib/exports/loaders";
import { updateGap } from "@/lib/gaps/mutations";
import { updateGapSchema } from "@/lib/gaps/schema";
import { hasDb, makeTenant, makeVendor } from "./support";

// Each export is read back the way an auditor's tools read it (an RFC 4180 reader, exceljs,
// pdf.js text) and compared with the database rows, not with the exporter's own DTO.

const TODAY = "2026-06-15";

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') ((field += '"'), i++);
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") (row.push(field), (field = ""));
    else if (c === "\r" && text[i + 1] === "\n") (row.push(field), rows.push(row), (row = []), (field = ""), i++);
    else field += c;
  }
  return rows;
}

async function pdfText(buf: Buffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(buf) });
  try {
    return (await parser.getText()).text.replace(/\s+/g, " ");
  } finally {
    await parser.destroy();
  }
}

async function addMember(actor: Actor, role: Actor["role"], name: string) {
  const user = await db.user.create({ data: { email: `${randomUUID()}@test.example`, name, passwordHash: "x" } });
  await db.membership.create({ data: { tenantId: actor.tenantId, userId: user.id, role } });
  return { ...actor, userId: user.id, role, name };
}

let n = 0;
async function addGap(actor: Actor, vendorId: string, data: Record<string, unknown> = {}) {
  n++;
  return db.gap.create({
    data: {
      tenantId: actor.tenantId,
      vendorId,
      key: randomUUID(),
      checkId: "soc-report-current",
      subject: "s",
      severity: "high",
      title: `Gap number ${n}`,
      detail: "d",
      ownerRole: "security",
      ...data,
    },
  });
}

/** A tenant whose register has one gap of each kind an auditor asks about. */
async function fixture() {
  const reviewer = await makeTenant("security");
  const owner = await addMember(reviewer, "analyst", `Olivia Owner ${randomUUID().slice(0, 4)}`);
  const vendor = await makeVendor(reviewer, `Payroll Co ${randomUUID().slice(0, 4)}`);
  const other = await makeVendor(reviewer, `Hosting Co ${randomUUID().slice(0, 4)}`);
  const doc = await db.document.create({
    data: {
      tenantId: reviewer.tenantId,
      vendorId: vendor.id,
      kind: "soc2_report",
      filename: "payroll-soc2-2026.pdf",
      fileKey: `t/${randomUUID()}`,
      sha256: randomUUID(),
      sizeBytes: 1,
      mimeType: "application/pdf",
      parseStatus: "parsed",
    },
  });
  const soc = await db.socReport.create({
    data: { tenantId: reviewer.tenantId, documentId: doc.id, socLevel: "soc2", type: "type_2", citations: {} },
  });
  await db.cuec.createMany({
    data: [
      {
        tenantId: reviewer.tenantId,
        socReportId: soc.id,
        text: "User entities restrict logical access.",
        criteria: ["CC6.1"],
        buyerControl: "IAM-07 quarterly access review",
        ownerId: owner.userId,
      },
      { tenantId: reviewer.tenantId, socReportId: soc.id, text: "User entities review payroll output.", criteria: [] },
    ],
  });
  const cited = await addGap(reviewer, vendor.id, {
    ownerId: owner.userId,
    dueDate: toDbDate("2026-07-31"),
    citation: { documentId: doc.id, page: 34, quote: "Exceptions noted in 2 of 25 samples." },
  });
  const accepted = await addGap(reviewer, vendor.id, { severity: "medium" });
  await updateGap(
    reviewer,
    updateGapSchema.parse({
      gapId: accepted.id,
      version: 1,
      status: "risk_accepted",
      acceptanceNote: "Compensating control: monthly payroll reconciliation.",
      acceptedUntil: "2027-03-31",
      comment: "Agreed with the CISO on the call.",
    }),
  );
  const na = await addGap(reviewer, other.id, { severity: "low" });
  await updateGap(
    reviewer,
    updateGapSchema.parse({
      gapId: na.id,
      version: 1,
      status: "not_applicable",
      acceptanceNote: "The service stores no personal data.",
    }),
  );
  const cuec = await addGap(reviewer, vendor.id, {
    checkId: "cuec-mapped",
    subject: `${doc.id}:cuecs`,
    severity: "medium",
    title: "1 CUEC with no buyer control mapped",
  });
  const resolved = await addGap(reviewer, other.id, { status: "resolved" });
  return { reviewer, owner, vendor, other, doc, cited, accepted, na, cuec, resolved };
}

/** What the database says about each of the tenant's gaps, in the exports' words. */
async function dbRows(actor: Actor) {
  const gaps = await db.gap.findMany({ where: { tenantId: actor.tenantId }, include: { comments: true } });
  return new Map(gaps.map((g) => [g.key, g]));
}

describe.skipIf(!hasDb)("exports read back against the database", () => {
  it("the organisation-wide report holds every status unless filtered (it once said 'all vendors' and showed 0 accepted)", async () => {
    const f = await fixture();
    const report = await loadGapReport(f.reviewer, {
      filters: parseExportFilters(new URLSearchParams("format=pdf")),
      today: TODAY,
    });
    const text = await pdfText(await gapReportToPdf(report!));
    expect(text).toContain("Risk accepted 1");
    expect(text).toContain("Not applicable 1");
    expect(text).toContain("Resolved 1");
    expect(text).toContain(f.accepted.title);
    expect(text).toContain("Compensating control: monthly payroll reconciliation.");
    expect(text).toContain("Filters: none: every gap of every vendor, every status");
  });

  it("CSV: one row per gap with status, owner, due date, acceptance, reasons, comments, CUEC mapping and citation", async () => {
    const f = await fixture();
    const report = await loadGapReport(f.reviewer, {
      filters: parseExportFilters(new URLSearchParams()),
      today: TODAY,
    });
    const all = parseCsv(gapReportToCsv(report!).replace(/^\uFEFF/, ""));
    const at = all.findIndex((r) => r[0] === GAP_CSV_HEADERS[0]);
    const header = all[at];
    const records = all.slice(at + 1).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
    const head = Object.fromEntries(all.slice(0, at).filter((r) => r.length === 2));
    const rows = await dbRows(f.reviewer);

    expect(records).toHaveLength(rows.size);
    expect(head["Gaps in this file"]).toBe(String(rows.size));
    expect(head["Gaps risk accepted"]).toBe("1");
    expect(head.Filters).toBe("none: every gap of every vendor, every status");
    for (const r of records) {
      const g = rows.get(r["Gap key"])!;
      expect(r.Status).toBe(g.status);
      expect(r["Due date"]).toBe(g.dueDate?.toISOString().slice(0, 10) ?? "");
      expect(r.Owner).toBe(g.ownerId === f.owner.userId ? f.owner.name : "");
      expect(r["Risk acceptance justification"]).toBe(g.status === "risk_accepted" ? g.acceptanceNote : "");
      expect(r["Not-applicable reason"]).toBe(g.status === "not_applicable" ? g.acceptanceNote : "");
      expect(r["Accepted until"]).toBe(g.acceptedUntil?.toISOString().slice(0, 10) ?? "");
      for (const c of g.comments) expect(r.Comments).toContain(c.body);
    }
    const byKey = (key: string) => records.find((r) => r["Gap key"] === key)!;
    expect(byKey(f.accepted.key)["Accepted by"]).toBe(f.reviewer.name);
    expect(byKey(f.accepted.key)["Accepted on"]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(byKey(f.na.key)["Accepted by"]).toBe(f.reviewer.name);
    expect(byKey(f.cited.key)["Cited document"]).toBe("payroll-soc2-2026.pdf");
    expect(byKey(f.cited.key)["Cited page"]).toBe("34");
    expect(byKey(f.cited.key)["Cited quote"]).toBe("Exceptions noted in 2 of 25 samples.");
    expect(byKey(f.cuec.key)["CUEC → buyer control"]).toBe(
      `User entities restrict logical access. → IAM-07 quarterly access review (owner ${f.owner.name}, evidence none)\nUser entities review payroll output. → not mapped`,
    );
  });

  it("XLSX: the Report sheet states the filters; the Gaps sheet matches the filtered database rows", async () => {
    const f = await fixture();
    const filters = parseExportFilters(new URLSearchParams("status=active&severity=high"));
    const report = await loadGapReport(f.reviewer, { filters, today: TODAY });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await gapReportToXlsx(report!)) as unknown as ArrayBuffer);
    const head = new Map<string, string>();
    wb.getWorksheet("Report")!.eachRow((row) => head.set(String(row.getCell(1).value), String(row.getCell(2).value)));
    expect(head.get("Filters")).toBe("Severity: High; Status: Open or in progress");
    const sheet = wb.getWorksheet("Gaps")!;
    const cols: Record<string, number> = {};
    sheet.getRow(1).eachCell((c, i) => (cols[String(c.value)] = i));
    const keys: string[] = [];
    for (let r = 2; r <= sheet.rowCount; r++) keys.push(String(sheet.getRow(r).getCell(cols["Gap key"]).value));
    const expected = await db.gap.findMany({
      where: { tenantId: f.reviewer.tenantId, severity: "high", status: { in: ["open", "in_progress"] } },
      select: { key: true },
    });
    expect(keys.sort()).toEqual(expected.map((g) => g.key).sort());
    expect(head.get("Gaps in this file")).toBe(String(expected.length));
    expect(head.get("Gaps open")).toBe(String(expected.length));
    expect(head.get("Gaps risk accepted")).toBe("0");
    const cited = sheet.getRow(keys.indexOf(f.cited.key) + 2);
    expect(cited.getCell(cols["Cited page"]).value).toBe(34);
    expect(cited.getCell(cols.Owner).value).toBe(f.owner.name);
    expect((cited.getCell(cols["Due date"]).value as Date).toISOString().slice(0, 10)).toBe("2026-07-31");

    // The unfiltered workbook carries the acceptance.
    const full = new ExcelJS.Workbook();
    await full.xlsx.load(
      (await gapReportToXlsx(
        (await loadGapReport(f.reviewer, { filters: parseExportFilters(new URLSearchParams()), today: TODAY }))!,
      )) as unknown as ArrayBuffer,
    );
    const gaps = full.getWorksheet("Gaps")!;
    let found = false;
    gaps.eachRow((row, i) => {
      if (i === 1 || row.getCell(cols["Gap key"]).value !== f.accepted.key) return;
      found = true;
      expect(row.getCell(cols["Risk acceptance justification"]).value).toBe(
        "Compensating control: monthly payroll reconciliation.",
      );
      expect(row.getCell(cols["Accepted by"]).value).toBe(f.reviewer.name);
      expect(String(row.getCell(cols.Comments).value)).toContain("Agreed with the CISO on the call.");
    });
    expect(found).toBe(true);
  });

  it("PDF: a vendor's report carries each gap's triage, citation and CUEC mapping", async () => {
    const f = await fixture();
    const report = await loadGapReport(f.reviewer, { vendorId: f.vendor.id, today: TODAY });
    const text = await pdfText(await gapReportToPdf(report!));
    const rows = await db.gap.findMany({ where: { tenantId: f.reviewer.tenantId, vendorId: f.vendor.id } });
    expect(text).toContain(`Gaps in this report: ${rows.length}`);
    for (const g of rows) expect(text).toContain(g.title);
    expect(text).toContain(f.owner.name);
    expect(text).toContain("2026-07-31");
    expect(text).toContain("payroll-soc2-2026.pdf p.34");
    expect(text).toContain("Exceptions noted in 2 of 25 samples.");
    expect(text).toContain("Justification: Compensating control: monthly payroll reconciliation.");
    expect(text).toContain(`by ${f.reviewer.name}`);
    expect(text).toContain("until 2027-03-31");
    expect(text).toContain("Agreed with the CISO on the call.");
    // Helvetica has no arrow glyph: the PDF spells it "->".
    expect(text).toContain("CUEC -> buyer control:");
    expect(text).toContain("User entities restrict logical access. -> IAM-07 quarterly access review");
    expect(text).toContain("User entities review payroll output. -> not mapped");
    expect(text).not.toContain(f.na.title); // another vendor's gap
  });
});
