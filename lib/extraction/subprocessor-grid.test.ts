// Sub-processor tables read by position (subprocessor-grid.ts on table-grid.ts) on made-up pages, one case per rule:
// a page-break notice inside the table, rows set apart only by a border's width, a row vertically centred (its name
// below its first line), a row split by a page break, a wrapped last line in the last column, a row number set tight
// against the name (numbers read into the name column: a row starts after a row gap without text in the first
// column), a header cell printed tight against the next, a header word broken by a hyphen, and which reading stands
// (subprocessor-choice.ts).
import { describe, expect, it } from "vitest";
import { gridStands } from "./subprocessor-choice";
import { gridSubprocessors } from "./subprocessor-grid";
import { layoutOf, positionedDocument, type Row } from "./test-support/table-pages";

const S = 10;
const line = (gap: number, ...cells: [string, number][]): Row => ({ cells, size: S, gap });
const header = line(20, ["Sub-processor", 60], ["Purpose", 220], ["Location", 420]);
const read = (...pages: Row[][]) =>
  gridSubprocessors(positionedDocument(...pages.map((rows) => layoutOf(rows))))?.map((r) => [
    r.name,
    r.purpose,
    r.location,
    r.page,
  ]);

describe("sub-processor tables by position", () => {
  it("skips a page-break notice and goes on under the next page's repeated header", () => {
    const p1 = [
      line(0, ["Acme Sub-processors", 60]),
      header,
      line(16, ["Acme Cloud, Inc.", 60], ["Hosting of the platform", 220], ["United States", 420]),
      line(16, ["Beta Mail Ltd", 60], ["Transactional email", 220], ["Ireland", 420]),
      line(14, ["(continued on next page)", 420]),
    ];
    const p2 = [
      line(0, ["(continued from previous page)", 60]),
      header,
      line(16, ["Gamma Analytics GmbH", 60], ["Usage analytics", 220], ["Germany", 420]),
    ];
    expect(read(p1, p2)).toEqual([
      ["Acme Cloud, Inc.", "Hosting of the platform", "United States", 1],
      ["Beta Mail Ltd", "Transactional email", "Ireland", 1],
      ["Gamma Analytics GmbH", "Usage analytics", "Germany", 2],
    ]);
  });

  it("starts a row where the step is a border's width wider than a wrapped cell's lines", () => {
    const rows = read([
      line(0, ["Sub-processor", 60], ["Service", 200], ["Location", 380]),
      line(13.3, ["Persona Identities, Inc.", 60], ["Full-text search over", 200], ["Germany", 380]),
      line(12.8, ["customer workspaces and more", 200]),
      line(13.3, ["DigitalOcean, LLC", 60], ["Analytics data", 200], ["France", 380]),
      line(12.8, ["warehouse for reports", 200]),
    ]);
    expect(rows).toEqual([
      ["Persona Identities, Inc.", "Full-text search over customer workspaces and more", "Germany", 1],
      ["DigitalOcean, LLC", "Analytics data warehouse for reports", "France", 1],
    ]);
  });

  it("reads a row whose name is centred below its first line", () => {
    const rows = read([
      line(0, ["Sub-processor", 60], ["Purpose", 200], ["Location", 380]),
      line(16, ["MongoDB Limited", 60], ["Full-text search", 200], ["Ireland", 380]),
      line(11, ["Application performance and log", 200]),
      line(4.5, ["Gong.io Ltd", 60], ["Netherlands", 380]),
      line(4.5, ["management", 200]),
    ]);
    expect(rows).toEqual([
      ["MongoDB Limited", "Full-text search", "Ireland", 1],
      ["Gong.io Ltd", "Application performance and log management", "Netherlands", 1],
    ]);
  });

  it("joins a row split by a page break", () => {
    const full = (name: string) => line(16, [name, 60], ["Hosting", 220], ["Ireland", 420]);
    const p1 = [
      header,
      full("Acme Cloud, Inc."),
      full("Beta Mail Ltd"),
      full("Delta Ops LLC"),
      line(16, ["Zoom Video", 60], ["In-app chat with", 220], ["Netherlands", 420]),
    ];
    const p2 = [
      header,
      line(16, ["Communications, Inc.", 60], ["customers", 220]),
      line(16, ["Box, Inc.", 60], ["File storage", 220], ["Ireland", 420]),
    ];
    expect(read(p1, p2)!.slice(3)).toEqual([
      ["Zoom Video Communications, Inc.", "In-app chat with customers", "Netherlands", 1],
      ["Box, Inc.", "File storage", "Ireland", 2],
    ]);
  });

  it("keeps a last column's wrapped line and a row number set tight against the name", () => {
    const rows = read([
      line(0, ["Acme Corporation Limited", 480]),
      line(20, ["#", 55], ["Sub-processor", 75], ["Purpose", 250], ["Processing location(s)", 420]),
      line(16, ["1", 68], ["Amazon Web Services EMEA SARL", 75], ["Hosting", 250], ["United States; United", 420]),
      line(9, ["Kingdom", 420]),
      line(16, ["2", 68], ["Cloudflare, Inc.", 75], ["CDN", 250], ["Global", 420]),
    ]);
    expect(rows).toEqual([
      ["Amazon Web Services EMEA SARL", "Hosting", "United States; United Kingdom", 1],
      ["Cloudflare, Inc.", "CDN", "Global", 1],
    ]);
  });

  it("splits a header cell printed tight against the next where the body's cells start", () => {
    const rows = read([
      line(0, ["Subprocessor", 60], ["Purpose", 150], ["Country of processing", 300], ["Headquarters", 408]),
      line(16, ["Acme Cloud, Inc.", 60], ["Hosting", 150], ["Germany", 300], ["United States", 408]),
      line(16, ["Beta Mail Ltd", 60], ["Email", 150], ["Ireland", 300], ["Ireland", 408]),
    ]);
    expect(rows).toEqual([
      ["Acme Cloud, Inc.", "Hosting", "Germany", 1],
      ["Beta Mail Ltd", "Email", "Ireland", 1],
    ]);
  });

  it("takes a header with a word broken by a hyphen and a slash between words", () => {
    const rows = read([
      line(0, ["Entity name", 60], ["Service / purpose", 200], ["Processing lo-", 380]),
      line(16, ["Acme Cloud, Inc.", 60], ["Hosting", 200], ["Germany", 380]),
      line(16, ["Beta Mail Ltd", 60], ["Email", 200], ["Ireland", 380]),
    ]);
    expect(rows?.map((r) => r[0])).toEqual(["Acme Cloud, Inc.", "Beta Mail Ltd"]);
  });
});

describe("which reading of a PDF sub-processor list stands", () => {
  const g = (...names: string[]) =>
    names.map((name) => ({ name, purpose: null, location: null, page: 1, quote: name }));
  const t = (...names: string[]) => names.map((name) => ({ name, purpose: null, location: null }));

  it("the grid, where the text reading ran its rows together", () => {
    expect(gridStands(g("Segment.io, Inc.", "Hetzner Online GmbH"), t("Segment.io, Inc. Hetzner Online GmbH"))).toBe(
      true,
    );
  });
  it("the text reading, where the grid holds fewer entries or misses one the text names", () => {
    expect(gridStands(g("Acme Ltd"), t("Acme Ltd", "Beta GmbH"))).toBe(false);
    expect(gridStands(g("Acme Ltd", "Gamma SA"), t("Acme Ltd", "Beta GmbH"))).toBe(false);
  });
  it("the grid alone, where no text reading is found", () => {
    expect(gridStands(g("Acme Ltd"), null)).toBe(true);
    expect(gridStands(null, t("Acme Ltd"))).toBe(false);
  });
});

describe("sub-processor rows without rules or padding (a LaTeX longtable)", () => {
  it("starts a row where a cell's last line had room for the next line's first word", () => {
    // Every line 13.5 apart: only the room left on each cell's last line tells a wrap from the next row.
    const rows = read([
      line(0, ["Name", 60], ["Processing activities", 200], ["Location", 380]),
      line(13.5, ["Adyen N.V.", 60], ["Document storage for files shared", 200], ["Germany", 380]),
      line(13.5, ["with the support team and", 200]),
      line(13.5, ["Segment.io, Inc.", 60], ["Feature flag delivery to the web", 200], ["Ireland", 380]),
      line(13.5, ["application", 200]),
      line(13.5, ["Microsoft Ireland Opera-", 60], ["Search", 200], ["France", 380]),
      line(13.5, ["tions Limited", 60]),
      line(13.5, ["Box, Inc.", 60], ["Storage of operations files", 200], ["France", 380]),
    ]);
    expect(rows?.map((r) => r[0])).toEqual([
      "Adyen N.V.",
      "Segment.io, Inc.",
      "Microsoft Ireland Operations Limited",
      "Box, Inc.",
    ]);
  });
});

describe("sub-processor rows set apart by borders", () => {
  it("leaves the widest-line room test aside where a border's step tells rows apart", () => {
    // "Microsoft" / "Ireland": by the widest name line "Ireland" had room, but the rows here are told apart by the
    // border's step (13.3 against 12.8), and the wrapped purpose cell shows the line is a wrap.
    const rows = read([
      line(0, ["Sub-processor", 60], ["Purpose", 200], ["Location", 320]),
      line(13.3, ["Persona Identities, Inc.", 60], ["Identity verification", 200], ["Germany", 320]),
      line(13.3, ["Microsoft", 60], ["Internal", 200], ["France", 320]),
      line(12.8, ["Ireland", 60], ["collaboration", 200]),
      line(13.3, ["Box, Inc.", 60], ["Storage", 200], ["Ireland", 320]),
    ]);
    expect(rows?.map((r) => r[0])).toEqual(["Persona Identities, Inc.", "Microsoft Ireland", "Box, Inc."]);
  });
});
