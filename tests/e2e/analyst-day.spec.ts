import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import pg from "pg";
import { PDFParse } from "pdf-parse";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { generateSoc2 } from "../../scripts/synth/generate-soc2";
import { randomSoc2Spec } from "../../scripts/synth/soc2-spec";
import { demoUser, signIn, laneDatabaseUrl } from "./helpers";

// Issue #15, "done when": the analyst's day, recorded. A new analyst uploads three real documents
// (a SOC 2 Type 2, its bridge letter and a sub-processor list, chosen from ../shared/corpus by their
// answer files: doc_kind, and the same organisation for the report and the letter), checks
// the facts beside the highlighted PDF, confirms them, runs the review, triages (one bulk triage, one
// gap by hand, one acceptance by the security reviewer), exports CSV, XLSX and PDF and reads each
// back. Then next year's report supersedes last year's: every persisting finding keeps its owner,
// due date, comments and acceptance and is marked repeat; the fixed ones close with the reason.
// The walk is recorded (video + a screenshot per step in screenshots/) and its duration and the
// number of analyst actions are printed as [measure] lines: informative, never asserted.
test.describe.configure({ mode: "serial" });
// A missing control fails within a minute instead of waiting out the whole walk's time limit.
test.use({ video: "on", viewport: { width: 1280, height: 800 }, actionTimeout: 60_000 });

const CORPUS = process.env.ASSAY_CORPUS_DIR ?? path.resolve(process.cwd(), "../shared/corpus");

/** A corpus document and what its answer file says it is. */
type Answered = { file: string; answer: Record<string, unknown> };

/** Every document of the corpus with its answer file (`<name>.expected.json` beside `<name>.<ext>`). */
function answeredDocuments(dir: string): Answered[] {
  const out: Answered[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...answeredDocuments(full));
    if (!entry.isFile() || !entry.name.endsWith(".expected.json")) continue;
    const stem = entry.name.slice(0, -".expected.json".length);
    // The document itself, not its answer or the text layers kept beside it for reading.
    const source = fs
      .readdirSync(dir)
      .sort()
      .find((n) => n.startsWith(`${stem}.`) && !/\.(?:expected\.json|txt)$/.test(n));
    if (source) out.push({ file: path.join(dir, source), answer: JSON.parse(fs.readFileSync(full, "utf8")) });
  }
  return out;
}

/** The organisation an answer names ("GSI, Inc.", "GSI (letterhead …)"), reduced to compare: "gsi". */
function organisationKey(answer: Record<string, unknown>): string | null {
  const name = [answer.service_organization, answer.issuer, answer.vendor].find((v) => typeof v === "string") as
    string | undefined;
  if (!name) return null;
  return name
    .replace(/\(.*$/, "")
    .toLowerCase()
    .replace(/\b(?:inc|llc|ltd|gmbh|corp(?:oration)?|co|plc|s\.?a)\b\.?/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/**
 * The walk's three documents, chosen by what their answer files say rather than by file name: a
 * SOC 2 report with a bridge letter from the same organisation, and a sub-processor list (of another
 * company: the walk checks that it is flagged as such).
 */
function chooseDocuments(corpus: string) {
  const all = answeredDocuments(corpus);
  const ofKind = (kind: string) => all.filter((d) => d.answer.doc_kind === kind);
  const pairs = ofKind("soc2_report").flatMap((report) =>
    ofKind("bridge_letter")
      .filter((letter) => organisationKey(letter.answer) === organisationKey(report.answer))
      .map((letter) => ({ report, letter })),
  );
  const pair = pairs.find((p) => p.report.file.endsWith(".pdf") && p.letter.file.endsWith(".pdf"));
  if (!pair) throw new Error(`no SOC 2 report with a bridge letter of the same organisation in ${corpus}`);
  const list = ofKind("subprocessor_list").find(
    (d) => d.file.endsWith(".md") && organisationKey(d.answer) !== organisationKey(pair.report.answer),
  );
  if (!list) throw new Error(`no Markdown sub-processor list in ${corpus}`);
  const auditor = pair.report.answer.auditor as { name?: string; location?: string } | null;
  return {
    soc2: pair.report.file,
    bridge: pair.letter.file,
    list: list.file,
    vendor: String(pair.report.answer.service_organization),
    report: pair.report.answer as {
      system_name?: string | null;
      period_end?: string | null;
      in_scope?: { services?: string[] | null } | null;
      subservice_organizations?: { name: string; service?: string | null; method?: string | null }[] | null;
    },
    auditor: { name: auditor?.name ?? "Example Assurance LLP", location: auditor?.location ?? "Denver, Colorado" },
  };
}

const CHOSEN = chooseDocuments(CORPUS);
const SOC2 = CHOSEN.soc2;
const BRIDGE = CHOSEN.bridge;
const LIST = CHOSEN.list;
const VENDOR = CHOSEN.vendor;
/** What the analyst calls the vendor in a comment and the export's file name starts with: "GSI". */
const SHORT = VENDOR.replace(/[,(].*$/, "").trim();
const plain = (name: string) =>
  name
    .replace(/[®™]/g, "")
    .replace(/\s*\(.*$/, "")
    .trim();
/** The report's in-scope services as the buyer names what it uses: ["Genius AI", "RapidReconciler"]. */
const PRODUCTS = (CHOSEN.report.in_scope?.services ?? [CHOSEN.report.system_name ?? SHORT]).map(plain);
const SERVICE = PRODUCTS.join(" and ");

let vendorUrl = "";
let soc2Id = "";
/** The register as triaged before next year's report arrived, read from the database. */
let triaged: GapRow[] = [];

type GapRow = {
  id: string;
  status: string;
  ownerId: string | null;
  dueDate: string | null;
  acceptanceNote: string | null;
  acceptedUntil: string | null;
  repeat: boolean;
  closedReason: string | null;
  citedDocument: string | null;
  comments: string[];
};

async function vendorGaps(vendorId: string): Promise<GapRow[]> {
  const db = new pg.Client({ connectionString: laneDatabaseUrl() });
  await db.connect();
  try {
    const { rows } = await db.query(
      `SELECT g.id, g.status, g."ownerId", to_char(g."dueDate", 'YYYY-MM-DD') AS "dueDate", g."acceptanceNote",
              to_char(g."acceptedUntil", 'YYYY-MM-DD') AS "acceptedUntil", g.repeat, g."closedReason",
              g.citation->>'documentId' AS "citedDocument",
              coalesce((SELECT array_agg(c.body ORDER BY c."createdAt") FROM "GapComment" c WHERE c."gapId" = g.id), '{}') AS comments
         FROM "Gap" g WHERE g."vendorId" = $1 ORDER BY g.id`,
      [vendorId],
    );
    return rows;
  } finally {
    await db.end();
  }
}

/** Counts what the analyst does by hand: every click, fill, choice and file pick goes through here. */
class Analyst {
  actions = 0;
  constructor(readonly page: Page) {}
  async click(target: Locator) {
    this.actions++;
    await target.click();
  }
  async fill(target: Locator, value: string) {
    this.actions++;
    await target.fill(value);
  }
  async choose(target: Locator, option: string | { label: string }) {
    this.actions++;
    await target.selectOption(option);
  }
  async check(target: Locator) {
    this.actions++;
    await target.check();
  }
  async pick(files: string[]) {
    this.actions++;
    await this.page.getByTestId("upload-input").setInputFiles(files);
  }
  async shot(name: string) {
    fs.mkdirSync("screenshots", { recursive: true });
    await this.page.screenshot({ path: `screenshots/analyst-day-${name}.png` });
  }
}

const ACTIVE = ["open", "in_progress", "risk_accepted"];
const drawn = (page: Page) => page.getByTestId("pdf-viewer").locator("figure[data-page]");

/** Open a document from the vendor page, look at the first cited fact beside its source, confirm. */
async function reviewDocument(a: Analyst, filename: string, step: string, vendorHeading?: Locator) {
  const { page } = a;
  await a.click(page.getByRole("link", { name: filename, exact: true }));
  // Generous: on a busy machine the page can show its loading state for a while (waited on, not timed).
  await expect(page.getByRole("heading", { level: 1, name: filename })).toBeVisible({ timeout: 90_000 });
  await expect(page.getByTestId("fact-row").first()).toBeVisible();
  await expect(page.getByText(/ 1 pages /)).toHaveCount(0); // "1 page", as the vendor page says it
  const citation = page.getByRole("button", { name: /^Show .+ on p\. \d+$/ }).first();
  await expect(citation).toBeVisible();
  const isPdf = filename.endsWith(".pdf");
  if (isPdf) await expect(drawn(page).locator("canvas")).toBeVisible({ timeout: 60_000 });
  // Choose a fact: the viewer turns to its page and marks its quote.
  await a.click(citation);
  await expect(citation).toHaveAttribute("aria-pressed", "true");
  const marks = isPdf
    ? page.getByTestId("pdf-viewer").locator("mark[data-quote]")
    : page.getByTestId("text-source").locator("mark");
  await expect(marks.first()).toBeVisible({ timeout: 60_000 });
  await a.shot(`${step}-review`);
  await a.click(page.getByRole("button", { name: "Confirm facts" }));
  await expect(
    page
      .getByRole("button", { name: "Confirm facts" })
      .locator("xpath=..")
      .getByText(/Facts confirmed/),
  ).toBeVisible();
  await a.shot(`${step}-confirmed`);
  await a.click(page.getByRole("link", { name: "Back to vendor" }));
  await expect(vendorHeading ?? page.getByRole("heading", { level: 1, name: VENDOR })).toBeVisible({
    timeout: 90_000,
  });
}

async function download(a: Analyst, label: string) {
  const [file] = await Promise.all([
    a.page.waitForEvent("download"),
    a.click(a.page.getByRole("link", { name: label, exact: true })),
  ]);
  return { name: file.suggestedFilename(), bytes: fs.readFileSync(await file.path()) };
}

function measure(line: string) {
  console.log(line);
  test.info().annotations.push({ type: "measure", description: line });
}

test("an analyst's day: three documents, facts beside the PDF, review, triage, export", async ({ page, browser }) => {
  test.setTimeout(900_000);
  for (const file of [SOC2, BRIDGE, LIST]) expect(fs.existsSync(file), `corpus document ${file}`).toBe(true);
  const a = new Analyst(page);
  const started = Date.now();

  // Sign in and create the vendor and what is bought from it.
  await page.goto("/login");
  await a.fill(page.getByLabel("Email"), demoUser("analyst").email);
  await a.fill(page.getByLabel("Password"), "assay-demo-2026");
  await a.click(page.getByRole("button", { name: "Sign in" }));
  await expect(page.getByTestId("whoami")).toBeVisible();
  await a.click(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Vendors" }));
  await a.click(page.getByRole("link", { name: "New vendor" }));
  await a.fill(page.getByLabel("Legal name"), VENDOR);
  await a.choose(page.getByLabel("Tier", { exact: true }), "high");
  await a.shot("01-new-vendor");
  await a.click(page.getByRole("button", { name: "Create vendor" }));
  await expect(page.getByRole("heading", { level: 1, name: VENDOR })).toBeVisible();
  vendorUrl = new URL(page.url()).pathname;
  await a.fill(page.getByLabel("Service you buy"), SERVICE);
  await a.fill(page.getByLabel("Systems / products used"), PRODUCTS.join(", "));
  await a.check(page.getByLabel("Financial data", { exact: true }));
  await a.check(page.getByRole("checkbox", { name: "US", exact: true }));
  await a.choose(page.getByLabel("Criticality"), "high");
  await a.click(page.getByRole("button", { name: "Save service" }));
  await expect(page.getByText(`Saved “${SERVICE}”.`)).toBeVisible();
  await a.shot("02-service-saved");

  // Three documents at once; each shows its progress until it has been read.
  await a.pick([SOC2, BRIDGE, LIST]);
  const items = page.getByTestId("upload-item");
  await expect(items).toHaveCount(3);
  await expect(page.getByRole("progressbar").first()).toBeVisible();
  await a.shot("03-uploading");
  for (const file of [SOC2, BRIDGE, LIST]) {
    const item = items.filter({ hasText: path.basename(file) });
    await expect(item).toContainText(/Read(?!ing)|Failed/, { timeout: 300_000 });
    await expect(item).toContainText(/Read(?!ing)/);
  }
  // The documents list fills in by itself (no reload): each awaits confirmation.
  const documents = page.getByRole("region", { name: "Documents" });
  for (const file of [SOC2, BRIDGE, LIST])
    await expect(documents.getByRole("link", { name: path.basename(file), exact: true })).toBeVisible();
  await a.shot("04-read");
  soc2Id = (await documents.getByRole("link", { name: path.basename(SOC2) }).getAttribute("href"))!.split("/").pop()!;

  // Each document's facts beside its source, one fact's quote highlighted, then confirmed.
  await reviewDocument(a, path.basename(SOC2), "05-soc2");
  await reviewDocument(a, path.basename(BRIDGE), "06-bridge");
  await reviewDocument(a, path.basename(LIST), "07-list");

  await a.click(page.getByRole("button", { name: "Run review (re-score)" }));
  await expect(page.getByText(/Re-scored 1 service/)).toBeVisible();
  const gapsSection = page.getByRole("region", { name: /Gaps \(\d+ open\)/ });
  await expect(gapsSection.locator("tbody a").first()).toBeVisible();
  // One line per header, whatever the status column holds ("Severit/y" wrapped before).
  await expect(gapsSection.locator("thead")).toHaveCSS("white-space", "nowrap");
  await expect(gapsSection.getByRole("columnheader", { name: "Service" })).toHaveCSS("padding-right", "8px"); // not "ServiceOwner"
  await a.shot("08-reviewed");
  const reviewed = Date.now();

  // Triage: every open gap of this vendor at once in the register, then one gap by hand.
  await a.click(page.getByRole("link", { name: "Triage in the register" }));
  await expect(page).toHaveURL(/\/gaps\?.*vendor=/);
  const rows = page.locator("tbody tr");
  await expect(rows.first()).toBeVisible();
  const total = await rows.count();
  await a.click(page.getByRole("button", { name: "Select all on this page" }));
  await a.choose(page.getByLabel("Set owner"), { label: "Ana Analyst" });
  await a.fill(page.getByLabel("Set due date"), "2027-02-26");
  await a.choose(page.getByLabel("Set status"), "in_progress");
  await a.shot("09-bulk-triage");
  await a.click(page.getByRole("button", { name: `Apply to ${total} selected` }));
  await expect(page.getByText(new RegExp(`Updated ${total} gaps?`))).toBeVisible();
  for (let i = 0; i < total; i++) await expect(rows.nth(i)).toContainText("Ana Analyst");
  await a.shot("10-bulk-triaged");

  await a.click(rows.first().locator("a[href^='/gaps/']"));
  await expect(page.getByRole("link", { name: VENDOR }).first()).toBeVisible();
  await a.choose(page.getByLabel("Owner", { exact: true }), { label: "Sam Security" });
  await a.fill(page.getByLabel("Due date", { exact: true }), "2027-01-29");
  await a.fill(
    page.getByLabel("Comment", { exact: true }),
    `Asked ${SHORT} for next year's report and a remediation plan.`,
  );
  await a.click(page.getByRole("button", { name: "Save" }));
  await expect(page.getByText("Saved.")).toBeVisible();
  // The comment moved to the Comments list; the box is empty again (it kept the text before).
  await expect(page.getByRole("region", { name: "Comments" })).toContainText(`Asked ${SHORT} for next year's report`);
  await expect(page.getByLabel("Comment", { exact: true })).toHaveValue("");
  await a.shot("11-gap-triaged");

  // The security reviewer accepts one risk (an analyst may not): a second person, not counted.
  const security = await browser.newPage();
  await signIn(security, "security");
  await security.goto(vendorUrl);
  await security.getByRole("region", { name: /Gaps/ }).locator("tbody a").last().click();
  await security.getByLabel("Status", { exact: true }).selectOption("risk_accepted");
  await security.getByLabel("Why the risk is acceptable").fill("Reconciliation data holds no personal data.");
  await security.getByLabel("Accepted until").fill("2027-09-30");
  await security.getByRole("button", { name: "Save" }).click();
  await expect(security.getByText("Saved.")).toBeVisible();
  await security.close();

  // Exports: each file read back, with the triage in it.
  await a.click(page.getByRole("link", { name: VENDOR }).first());
  await expect(page.getByRole("heading", { level: 1, name: VENDOR })).toBeVisible();
  await a.shot("12-vendor-triaged");
  // Removing a wrong upload is a quiet link whose confirm step says what happens (looked at, not done):
  // by keyboard, the reason takes focus; Escape closes it and gives focus back.
  const remove = page.getByRole("button", { name: `Remove… ${path.basename(LIST)}` });
  await remove.focus();
  await page.keyboard.press("Enter");
  const confirmRemove = page.getByRole("form", { name: `Remove ${path.basename(LIST)} as a wrong upload?` });
  await expect(confirmRemove).toContainText("Nothing is erased");
  await expect(confirmRemove).toContainText("recorded with your reason");
  await expect(confirmRemove).toContainText("Withdrawn (document removed)");
  await expect(confirmRemove.getByLabel("Why remove it?")).toBeFocused();
  await confirmRemove.scrollIntoViewIfNeeded();
  await a.shot("12b-remove-confirm");
  await page.setViewportSize({ width: 390, height: 844 });
  await confirmRemove.scrollIntoViewIfNeeded();
  await a.shot("12b-remove-confirm-390");
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.keyboard.press("Escape");
  await expect(confirmRemove).toHaveCount(0);
  await expect(remove).toBeFocused();
  const csv = await download(a, "CSV");
  const xlsx = await download(a, "XLSX");
  const pdf = await download(a, "PDF report");
  const exported = Date.now();
  expect(csv.name).toMatch(new RegExp(`^gap-register-${SHORT.toLowerCase().replace(/[^a-z0-9]+/g, "-")}.*\\.csv$`));
  const csvText = csv.bytes.toString("utf8");
  for (const text of [
    VENDOR,
    "Ana Analyst",
    "Sam Security",
    "2027-02-26",
    "Reconciliation data holds no personal data.",
  ])
    expect(csvText).toContain(text);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
  const sheet = wb.getWorksheet("Gaps");
  expect(sheet?.rowCount).toBeGreaterThan(total);
  const cells = JSON.stringify(sheet?.getSheetValues());
  for (const text of ["Ana Analyst", "Sam Security", "Reconciliation data holds no personal data."])
    expect(cells).toContain(text);
  const pdfText = (await new PDFParse({ data: new Uint8Array(pdf.bytes) }).getText()).text;
  expect(pdfText).toContain(VENDOR);
  expect(pdfText).toContain("Sam Security");
  fs.writeFileSync("screenshots/analyst-day-export.pdf", pdf.bytes);

  measure(
    `[measure] analyst's day (3 corpus documents → facts confirmed → review → ${total} gaps triaged → 3 exports): ` +
      `${Math.round((exported - started) / 1000)} s wall (${Math.round((reviewed - started) / 1000)} s to the reviewed register, ` +
      `parsing included), ${a.actions} analyst actions (clicks, fills, choices, file picks)`,
  );
  triaged = await vendorGaps(vendorUrl.split("/").pop()!);
  expect(triaged.filter((g) => g.status === "risk_accepted")).toHaveLength(1);
  await page.close();
  await page.video()?.saveAs("screenshots/analyst-day.webm");
});

/**
 * After a supersede: every gap active before is either still active with exactly its triage (owner,
 * due date, status, acceptance, comments), marked repeat when it was about last year's report, or
 * closed because the newer document fixed it, with that reason. Returns what it found.
 */
function checkSupersede(before: GapRow[], after: Map<string, GapRow>, olderId: string, newer: string) {
  const repeated: string[] = [];
  const fixed: string[] = [];
  for (const old of before.filter((g) => ACTIVE.includes(g.status))) {
    const now = after.get(old.id);
    expect(now, `gap ${old.id} is kept`).toBeTruthy();
    if (ACTIVE.includes(now!.status)) {
      expect(now).toMatchObject({
        status: old.status,
        ownerId: old.ownerId,
        dueDate: old.dueDate,
        acceptanceNote: old.acceptanceNote,
        acceptedUntil: old.acceptedUntil,
      });
      expect(now!.comments.slice(0, old.comments.length)).toEqual(old.comments);
      if (old.citedDocument === olderId) {
        expect(now!.repeat, `gap ${old.id} persisting from last year's report is a repeat`).toBe(true);
        repeated.push(old.id);
      }
    } else {
      expect(old.citedDocument, `only last year's report's findings close (${old.id})`).toBe(olderId);
      expect(now!.closedReason).toMatch(
        new RegExp(`^fixed in the newer document: ${newer.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} replaced`),
      );
      fixed.push(old.id);
    }
  }
  return { repeated, fixed };
}

/** Upload next year's report, confirm it, and take the vendor page's "Replace" suggestion. */
async function supersedeWith(a: Analyst, file: string, step: string, vendor: string) {
  const { page } = a;
  await a.pick([file]);
  const item = page.getByTestId("upload-item").filter({ hasText: path.basename(file) });
  await expect(item).toContainText(/Read(?!ing)|Failed/, { timeout: 300_000 });
  await expect(item).toContainText(/Read(?!ing)/);
  await reviewDocument(
    a,
    path.basename(file),
    `${step}-next-year`,
    page.getByRole("heading", { level: 1, name: vendor }),
  );
  const suggestion = page.getByRole("list", { name: "Newer versions found" });
  await expect(suggestion).toContainText(path.basename(file));
  await a.shot(`${step}-replace-suggested`);
  await a.click(suggestion.getByRole("button", { name: /^Replace / }));
  await expect(page.getByText(/Replaced by/).first()).toBeVisible();
  await expect(page.getByRole("list", { name: "Newer versions found" })).toHaveCount(0);
  await a.shot(`${step}-superseded`);
}

test("next year's report of the corpus vendor supersedes the stale one: the staleness closes as fixed, the rest keeps its triage", async ({
  page,
}) => {
  test.setTimeout(600_000);
  expect(triaged.length, "the first test triaged the register").toBeGreaterThan(0);
  const vendorId = vendorUrl.split("/").pop()!;
  // The corpus holds last year's report; next year's (the following twelve months, same auditor,
  // scope and subservice organisations, as its answer file states them) is generated as the vendor would send it.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "assay-journey-"));
  const lastEnd = Date.parse(CHOSEN.report.period_end ?? "2025-03-31");
  const periodEnd = isoDay(new Date(lastEnd + 365 * 86_400_000));
  const subservice = (CHOSEN.report.subservice_organizations ?? []).map((o) => ({
    name: o.name,
    service: o.service ?? "Hosting",
  }));
  const next = await generateSoc2(
    randomSoc2Spec(2026, {
      pages: 24,
      soc2Type: "type_2",
      serviceOrganization: VENDOR,
      shortName: SHORT,
      systemName: plain(CHOSEN.report.system_name ?? SERVICE),
      services: PRODUCTS,
      auditor: CHOSEN.auditor,
      opinion: "unqualified",
      categories: ["Security"],
      periodStart: isoDay(new Date(lastEnd + 86_400_000)),
      periodEnd,
      reportDate: isoDay(new Date(Date.parse(periodEnd) + 70 * 86_400_000)),
      subserviceOrganizations: subservice,
      subserviceMethod: CHOSEN.report.subservice_organizations?.[0]?.method === "inclusive" ? "inclusive" : "carve-out",
      exceptions: [],
    }),
  );
  const file = path.join(dir, `${SHORT.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-soc2-type2-to-${periodEnd}.pdf`);
  fs.writeFileSync(file, next.pdf);

  const a = new Analyst(page);
  await signIn(page, "analyst");
  const started = Date.now();
  await page.goto(vendorUrl);
  await supersedeWith(a, file, "13", VENDOR);
  measure(
    `[measure] next year's ${SHORT} report (upload → confirm → replace): ${Math.round((Date.now() - started) / 1000)} s wall, ${a.actions} analyst actions`,
  );
  const after = new Map((await vendorGaps(vendorId)).map((g) => [g.id, g]));
  const { repeated, fixed } = checkSupersede(triaged, after, soc2Id, path.basename(file));
  measure(
    `[measure] ${SHORT} supersede: ${triaged.filter((g) => ACTIVE.includes(g.status)).length} active gaps before, ${repeated.length} repeated, ${fixed.length} closed as fixed`,
  );
  // Last year's report was stale, so its content was held behind that one finding: it is what closes.
  expect(fixed.length).toBeGreaterThan(0);
  await page.goto(`/gaps/${fixed[0]}`);
  await expect(page.getByText(/Closed: fixed in the newer document/)).toBeVisible();
  // The re-score's change is in the History as old → new, with its reason (not only a comment).
  const history = page.getByRole("region", { name: "History" });
  await expect(history).toContainText(/status: .+ → Resolved/);
  await expect(history).toContainText("re-score: resolved — fixed in the newer document");
  await a.shot("14-fixed-finding");
  await page.close();
  await page.video()?.saveAs("screenshots/analyst-day-corpus-vendor-next-year.webm");
});

const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const daysAgo = (n: number) => isoDay(new Date(Date.now() - n * 86_400_000));

test("a current report superseded by next year's: persisting findings keep owner, due date, comments and acceptance and are marked repeat", async ({
  page,
  browser,
}) => {
  test.setTimeout(900_000);
  // Dates relative to today, so both reports are current under the low tier's 548 days whatever the date.
  const vendor = "Fernhill Payroll Ltd";
  const leavers = {
    template: 0,
    asset: "payroll platform",
    criteria: ["CC6.2", "CC6.3"],
    tested: 25,
    exceptions: 1,
    managementResponse: null,
  };
  const changes = { ...leavers, template: 4, criteria: ["CC8.1"], exceptions: 2 };
  const report = (periodEnd: string, exceptions: (typeof leavers)[]) =>
    generateSoc2(
      randomSoc2Spec(77, {
        pages: 20,
        soc2Type: "type_2",
        serviceOrganization: vendor,
        shortName: "Fernhill",
        systemName: "Fernhill Payroll Platform",
        services: ["Payroll processing"],
        auditor: { name: "Example Assurance LLP", location: "Denver, Colorado" },
        opinion: "unqualified",
        categories: ["Security"],
        periodStart: isoDay(new Date(Date.parse(periodEnd) - 364 * 86_400_000)),
        periodEnd,
        reportDate: isoDay(new Date(Date.parse(periodEnd) + 10 * 86_400_000)),
        subserviceOrganizations: [{ name: "Amazon Web Services", service: "Cloud hosting" }],
        subserviceMethod: "carve-out",
        cuecs: [
          { text: "User entities are responsible for reviewing payroll reports before approval.", criteria: ["CC2.1"] },
        ],
        exceptions,
      }),
    );
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "assay-journey-"));
  const lastYear = path.join(dir, "fernhill-soc2-last-year.pdf");
  const thisYear = path.join(dir, "fernhill-soc2-this-year.pdf");
  fs.writeFileSync(lastYear, (await report(daysAgo(380), [leavers, changes])).pdf);
  fs.writeFileSync(thisYear, (await report(daysAgo(15), [leavers])).pdf);

  const a = new Analyst(page);
  await signIn(page, "analyst");
  await page.goto("/vendors/new");
  await a.fill(page.getByLabel("Legal name"), vendor);
  await a.choose(page.getByLabel("Tier", { exact: true }), "low");
  await a.click(page.getByRole("button", { name: "Create vendor" }));
  await expect(page.getByRole("heading", { level: 1, name: vendor })).toBeVisible();
  const url = new URL(page.url()).pathname;
  const vendorId = url.split("/").pop()!;
  await a.fill(page.getByLabel("Service you buy"), "Payroll");
  await a.fill(page.getByLabel("Systems / products used"), "Fernhill Payroll Platform");
  await a.check(page.getByLabel("Personal data", { exact: true }));
  await a.check(page.getByRole("checkbox", { name: "US", exact: true }));
  await a.fill(page.getByLabel("Contracted legal entity"), vendor);
  await a.click(page.getByRole("button", { name: "Save service" }));
  await expect(page.getByText("Saved “Payroll”.")).toBeVisible();
  await a.pick([lastYear]);
  const item = page.getByTestId("upload-item").filter({ hasText: path.basename(lastYear) });
  await expect(item).toContainText(/Read(?!ing)|Failed/, { timeout: 300_000 });
  await expect(item).toContainText(/Read(?!ing)/);
  const olderId = (await page.getByRole("link", { name: path.basename(lastYear) }).getAttribute("href"))!
    .split("/")
    .pop()!;
  await reviewDocument(a, path.basename(lastYear), "20-current", page.getByRole("heading", { level: 1, name: vendor }));
  await a.click(page.getByRole("button", { name: "Run review (re-score)" }));
  await expect(page.getByText(/Re-scored 1 service/)).toBeVisible();

  // Triage: all at once, then the persisting exception by hand with a comment.
  await a.click(page.getByRole("link", { name: "Triage in the register" }));
  const rows = page.locator("tbody tr");
  await expect(rows.first()).toBeVisible();
  const total = await rows.count();
  await a.click(page.getByRole("button", { name: "Select all on this page" }));
  await a.choose(page.getByLabel("Set owner"), { label: "Ana Analyst" });
  await a.fill(page.getByLabel("Set due date"), isoDay(new Date(Date.now() + 60 * 86_400_000)));
  await a.choose(page.getByLabel("Set status"), "in_progress");
  await a.click(page.getByRole("button", { name: `Apply to ${total} selected` }));
  await expect(page.getByText(new RegExp(`Updated ${total} gaps?`))).toBeVisible();
  await a.click(rows.filter({ hasText: "Control exception on CC6.2" }).locator("a[href^='/gaps/']"));
  await a.fill(page.getByLabel("Comment", { exact: true }), "Fernhill automated leaver revocation in Q3.");
  await a.click(page.getByRole("button", { name: "Save" }));
  await expect(page.getByText("Saved.")).toBeVisible();
  const commented = new URL(page.url()).pathname.split("/").pop()!;
  await a.shot("21-current-triaged");

  // The security reviewer accepts the unmapped CUEC until next year (payroll reports are reviewed anyway).
  const security = await browser.newPage();
  await signIn(security, "security");
  await security.goto(url);
  await security.getByRole("link", { name: /CUECs? with no buyer control mapped/ }).click();
  await security.getByLabel("Status", { exact: true }).selectOption("risk_accepted");
  await security.getByLabel("Why the risk is acceptable").fill("Payroll reports are reviewed before every run.");
  await security.getByLabel("Accepted until").fill(isoDay(new Date(Date.now() + 300 * 86_400_000)));
  await security.getByRole("button", { name: "Save" }).click();
  await expect(security.getByText("Saved.")).toBeVisible();
  const accepted = new URL(security.url()).pathname.split("/").pop()!;
  await security.close();

  const before = await vendorGaps(vendorId);
  await page.goto(url);
  const started = Date.now();
  const actions = a.actions;
  await supersedeWith(a, thisYear, "22", vendor);
  measure(
    `[measure] next year's report, current vendor (upload → confirm → replace): ${Math.round((Date.now() - started) / 1000)} s wall, ${a.actions - actions} analyst actions`,
  );
  const after = new Map((await vendorGaps(vendorId)).map((g) => [g.id, g]));
  const { repeated, fixed } = checkSupersede(before, after, olderId, path.basename(thisYear));
  measure(
    `[measure] current-vendor supersede: ${before.filter((g) => ACTIVE.includes(g.status)).length} active gaps before, ${repeated.length} repeated with triage kept, ${fixed.length} closed as fixed`,
  );
  // The leavers exception persists (commented), the CUEC persists (accepted), the changes one is fixed.
  expect(repeated).toEqual(expect.arrayContaining([commented, accepted]));
  expect(after.get(accepted)).toMatchObject({ status: "risk_accepted", repeat: true });
  expect(after.get(commented)!.comments).toContain("Fernhill automated leaver revocation in Q3.");
  expect(fixed.length).toBeGreaterThan(0);

  // What the analyst sees.
  await expect(page.getByRole("region", { name: /Gaps/ }).getByText("repeat", { exact: true }).first()).toBeVisible();
  await a.shot("23-vendor-repeat");
  await page.goto(`/gaps/${commented}`);
  await expect(page.getByText("Repeat finding", { exact: true })).toBeVisible();
  await expect(page.getByText("Fernhill automated leaver revocation in Q3.")).toBeVisible();
  // The repeat note names next year's report in words, not by its id.
  const comments = page.getByRole("region", { name: "Comments" });
  await expect(comments).toContainText(
    /raised again from the SOC 2 report for \d{4}-\d{2}-\d{2} → \d{4}-\d{2}-\d{2}\./,
  );
  await expect(comments).not.toContainText(/[0-9a-f]{8}-[0-9a-f]{4}-/);
  await a.shot("24-repeat-finding");
  await page.setViewportSize({ width: 390, height: 844 });
  await comments.scrollIntoViewIfNeeded();
  await a.shot("24-repeat-finding-390");
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`/gaps/${fixed[0]}`);
  await expect(page.getByText(/Closed: fixed in the newer document/)).toBeVisible();
  await expect(page.getByRole("region", { name: "History" })).toContainText("status: In progress → Resolved");
  await a.shot("25-fixed-finding");
  await page.close();
  await page.video()?.saveAs("screenshots/analyst-day-current-vendor.webm");
});
