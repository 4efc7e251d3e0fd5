import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { PDFParse } from "pdf-parse";
import { expect, test, type Page } from "@playwright/test";
import { generateSoc2 } from "../../scripts/synth/generate-soc2";
import { randomSoc2Spec } from "../../scripts/synth/soc2-spec";
import { generateIsoCertificate, randomIsoCertificateSpec } from "../../scripts/synth/generate-iso-certificate";
import { signIn, snap } from "./helpers";

// The analyst's day, clicked through in the browser: onboard a vendor, record what is bought,
// upload a SOC 2 report and a certificate, confirm the facts, run the review, assign owners,
// export all three formats and read each file back.
test.describe.configure({ mode: "serial" });

const stamp = Date.now().toString(36);
const vendorName = `Brightline Payroll ${stamp} Ltd`;
let vendorUrl = "";

async function upload(page: Page, file: string) {
  await page.getByTestId("upload-input").setInputFiles(file);
  const item = page.getByTestId("upload-item").filter({ hasText: path.basename(file) });
  // "Read" but not "Reading…" (the state while the parse runs, which /Read/ would already match); the item's text
  // runs on from the file name ("brightline-soc2.pdfRead"), so no word boundary before it.
  await expect(item).toContainText(/Read(?!ing)|Failed/, { timeout: 90_000 });
  await expect(item).toContainText(/Read(?!ing)/);
}

test("analyst onboards a vendor, uploads, confirms facts and runs the review", async ({ page }) => {
  test.setTimeout(240_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "assay-e2e-"));
  const spec = randomSoc2Spec(5, {
    pages: 14,
    soc2Type: "type_2",
    serviceOrganization: vendorName,
    shortName: "Brightline",
    systemName: "Brightline Payroll Cloud",
    opinion: "unqualified",
    periodStart: "2025-07-01",
    periodEnd: "2026-06-30",
  });
  const soc2 = await generateSoc2(spec);
  fs.writeFileSync(path.join(dir, "brightline-soc2.pdf"), soc2.pdf);
  const cert = await generateIsoCertificate(
    randomIsoCertificateSpec(3, {
      holder: vendorName,
      version: "2022",
      issueDate: "2025-01-10",
      expiryDate: "2028-01-09",
    }),
  );
  fs.writeFileSync(path.join(dir, "brightline-iso.pdf"), cert.pdf);

  await signIn(page, "analyst");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Vendors" }).click();
  await page.getByRole("link", { name: "New vendor" }).click();
  await page.getByLabel("Legal name").fill(vendorName);
  await page.getByLabel("Tier", { exact: true }).selectOption("high");
  await snap(page, "vendor-new");
  await page.getByRole("button", { name: "Create vendor" }).click();
  await expect(page.getByRole("heading", { level: 1, name: vendorName })).toBeVisible();
  vendorUrl = new URL(page.url()).pathname;

  // What the buyer buys: the yardstick.
  await page.getByLabel("Service you buy").fill("Payroll processing");
  await page.getByLabel("Systems / products used").fill("Brightline Payroll Cloud");
  await page.getByLabel("Personal data", { exact: true }).check();
  await page.getByRole("checkbox", { name: "US", exact: true }).check();
  await page.getByLabel("Criticality").selectOption("high");
  await page.getByRole("button", { name: "Save service" }).click();
  await expect(page.getByText("Saved “Payroll processing”.")).toBeVisible();

  await upload(page, path.join(dir, "brightline-soc2.pdf"));
  await upload(page, path.join(dir, "brightline-iso.pdf"));
  await page.reload();
  await snap(page, "vendor-documents");

  // Confirm the SOC 2 facts, correcting the auditor's name.
  await page.getByRole("link", { name: "brightline-soc2.pdf" }).click();
  await expect(page.getByTestId("fact-row").first()).toBeVisible();
  // The page is really drawn in the browser (pdf.js): a canvas with pixels, beside the facts.
  const drawn = page.getByTestId("pdf-viewer").locator("figure[data-page] canvas");
  await expect(drawn).toBeVisible({ timeout: 30_000 });
  expect(await drawn.evaluate((c) => (c as HTMLCanvasElement).width)).toBeGreaterThan(100);
  await page.getByLabel("Auditor", { exact: true }).fill("Corrected & Partners LLP");
  await snap(page, "facts-confirm");
  await page.getByRole("button", { name: "Confirm facts" }).click();
  await expect(page.getByText(/Facts confirmed with 1 correction/)).toBeVisible();
  await expect(page.getByRole("region", { name: "Corrections" }).getByText("Auditor")).toBeVisible();

  // Map the first CUEC to one of our controls.
  const cuec = page.getByTestId("cuec-row").first();
  await cuec.getByLabel("Buyer control").fill("IAM-04 quarterly access review");
  await cuec.getByLabel("Owner", { exact: true }).selectOption({ label: "Ana Analyst" });
  await cuec.getByLabel("Evidence link").fill("https://wiki.example/iam-04");
  await cuec.getByRole("button", { name: "Save" }).click();
  await expect(cuec.getByText("Saved.")).toBeVisible();
  await snap(page, "cuec-mapping");

  await page.goto(vendorUrl);
  await page.getByRole("link", { name: "brightline-iso.pdf" }).click();
  await page.getByRole("button", { name: "Confirm facts" }).click();
  await expect(page.getByText(/Facts confirmed\. Run the review/)).toBeVisible();

  await page.goto(vendorUrl);
  await page.getByRole("button", { name: "Run review (re-score)" }).click();
  await expect(page.getByText(/Re-scored 1 service: \d+ new/)).toBeVisible();
  await page.reload();
  const gapsSection = page.getByRole("region", { name: /Gaps \(\d+ open\)/ });
  await expect(gapsSection.getByRole("link").first()).toBeVisible();
  await snap(page, "vendor-gaps");

  // Assign an owner and a due date to the first gap.
  await gapsSection.locator("tbody a").first().click();
  await page.getByLabel("Owner", { exact: true }).selectOption({ label: "Sam Security" });
  await page.getByLabel("Due date", { exact: true }).fill("2027-01-31");
  await page.getByLabel("Status", { exact: true }).selectOption("in_progress");
  await page.getByLabel("Comment", { exact: true }).fill("Asked the vendor for their remediation plan.");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByText("Asked the vendor for their remediation plan.")).toBeVisible();
  await snap(page, "gap-detail");
});

test("the vendor's register exports as CSV, XLSX and PDF, and each reads back", async ({ page }) => {
  await signIn(page, "analyst");
  await page.goto(vendorUrl);
  const formats = { csv: "CSV", xlsx: "XLSX", pdf: "PDF report" } as const;
  const files: Record<string, Buffer> = {};
  for (const [fmt, label] of Object.entries(formats)) {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: label, exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^gap-register-brightline-payroll-.*\\.${fmt}$`));
    files[fmt] = fs.readFileSync(await download.path());
  }
  const csv = files.csv.toString("utf8");
  expect(csv).toContain(vendorName);
  expect(csv).toContain("Sam Security");
  expect(csv.split("\n").length).toBeGreaterThan(2);

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(files.xlsx as unknown as ArrayBuffer);
  const sheet = wb.getWorksheet("Gaps");
  expect(sheet?.rowCount).toBeGreaterThan(1);
  const values = JSON.stringify(sheet?.getSheetValues());
  expect(values).toContain("Sam Security");

  const text = (await new PDFParse({ data: new Uint8Array(files.pdf) }).getText()).text;
  expect(text).toContain(vendorName);
  expect(text).toContain("Sam Security");
  fs.writeFileSync("screenshots/export-report.pdf", files.pdf);
});

test("a security reviewer accepts a risk with an expiry", async ({ page }) => {
  await signIn(page, "security");
  await page.goto(vendorUrl);
  await page.getByRole("region", { name: /Gaps/ }).locator("tbody a").nth(1).click();
  await page.getByLabel("Status", { exact: true }).selectOption("risk_accepted");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText(/needs a justification/)).toBeVisible();
  await page
    .getByLabel("Why the risk is acceptable")
    .fill("Compensating control: we encrypt the data before it leaves us.");
  await page.getByLabel("Accepted until").fill("2027-06-30");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();
  await page.goto(vendorUrl);
  await expect(page.getByText("risk accepted until 2027-06-30")).toBeVisible();
  await snap(page, "risk-accepted");

  // Decisions are immutable records.
  await page.getByLabel("Decision", { exact: true }).selectOption("approve_with_conditions");
  await page
    .getByLabel("Note", { exact: true })
    .fill("Approved on condition that the CUEC mapping is evidenced by Q1.");
  // High gaps are still open here: approving asks the reviewer to say they have read them first.
  await page.getByLabel("I have read the open gaps").check();
  await page.getByRole("button", { name: "Record decision" }).click();
  await expect(page.getByText("Decision recorded.")).toBeVisible();
});

test("a viewer can read and export but sees no edit controls, and writes are refused", async ({ page, request }) => {
  await signIn(page, "viewer");
  await page.goto(vendorUrl);
  await expect(page.getByRole("heading", { level: 1, name: vendorName })).toBeVisible();
  for (const name of ["Edit", "Run review (re-score)", "Record decision", "Save service", "Choose files"]) {
    await expect(page.getByRole("button", { name }).or(page.getByRole("link", { name, exact: true }))).toHaveCount(0);
  }
  await page.getByRole("region", { name: /Gaps/ }).locator("tbody a").first().click();
  await expect(page.getByRole("button", { name: "Save" })).toHaveCount(0);
  await snap(page, "viewer-gap");
  // The server refuses an upload from a viewer even when the request is forged.
  const vendorId = vendorUrl.split("/").pop();
  const cookies = await page.context().cookies();
  const res = await request.post(`/api/vendors/${vendorId}/documents`, {
    headers: { Origin: new URL(page.url()).origin, Cookie: cookies.map((c) => `${c.name}=${c.value}`).join("; ") },
    multipart: { file: { name: "x.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n%%EOF") } },
  });
  expect(res.status()).toBe(403);
});
