// Tests of controls printed as tables, read by position (table-grid.ts, soc-test-table.ts), on made-up pages: wrapped
// cells whose lines the text stream interleaves, a row split by a page break under a repeated header, criteria as a
// matrix of marks under rotated headers, and management's response printed as a row of its own.
import { describe, expect, it } from "vitest";
import { citationProblems } from "./citation-check";
import { TEST_TABLE_OPTIONS } from "./soc-test-table";
import { findControlTests } from "./soc-tests";
import { readTables } from "./table-grid";
import { layoutOf, positionedDocument, withRotated, type Row } from "./test-support/table-pages";
import { buildTextIndex } from "./text-index";
import type { ExtractionSuccess } from "./types";

const S = 8;
const line = (gap: number, ...cells: [string, number][]): Row => ({ cells, size: S, gap });
const header4 = [
  line(20, ["Control #", 40], ["Control Activity", 110], ["Tests Performed by", 280], ["Results of Tests", 440]),
  line(10, ["the Service Auditor", 280]),
];

// Four columns; the second row's cells wrap and run onto the next page, where the header is printed again.
const page1 = layoutOf([
  ...header4,
  line(
    20,
    ["CC6.1-01", 40],
    ["Access to production is", 110],
    ["Inspected the access", 280],
    ["No exceptions noted.", 440],
  ),
  line(10, ["restricted to engineers.", 110], ["listing.", 280]),
  line(
    20,
    ["CC6.2-01", 40],
    ["Terminated users are", 110],
    ["Inspected termination", 280],
    ["Exception noted: For 2 of", 440],
  ),
  line(10, ["removed within one", 110], ["tickets for a sample", 280], ["25 terminated users,", 440]),
]);
const page2 = layoutOf([
  ...header4,
  line(20, ["business day.", 110], ["of leavers.", 280], ["access was removed late.", 440]),
  line(
    20,
    ["CC7.1-01", 40],
    ["Vulnerability scans run", 110],
    ["Inspected scan reports.", 280],
    ["No exceptions noted.", 440],
  ),
  line(10, ["weekly.", 110]),
]);

function controlTests(...pages: ReturnType<typeof layoutOf>[]) {
  const doc = positionedDocument(...pages);
  return { doc, fact: findControlTests(buildTextIndex(doc), "type_2") };
}

/** The citation problems of the exceptions as the extractor would report them. */
function problems(doc: ReturnType<typeof positionedDocument>, fact: ReturnType<typeof findControlTests>) {
  const facts = { "control_tests.exceptions": { ...fact, value: fact.value!.exceptions } };
  return citationProblems({ facts, document: {}, authenticity_flags: [], consistency_flags: [] } as never, doc.pages);
}

describe("positioned table reader", () => {
  it("reads columns from a wrapped header, joins wrapped cells and continues a row under a repeated header", () => {
    const [grid] = readTables([page1, page2], {
      isHeader: (cells) => cells[0] === "Control #",
      headerWord: /^(?:control|activity|tests|performed|by|the|service|auditor|results|of|#)$/i,
      markHeader: /^CC\d\.\d$/,
    });
    expect(grid!.headers).toEqual([
      "Control #",
      "Control Activity",
      "Tests Performed by the Service Auditor",
      "Results of Tests",
    ]);
    expect(grid!.rows.map((r) => r.cells["Control #"]?.text)).toEqual(["CC6.1-01", "CC6.2-01", "CC7.1-01"]);
    const row = grid!.rows[1]!;
    expect(row.cells["Control Activity"]!.text).toBe("Terminated users are removed within one business day.");
    expect(row.cells["Results of Tests"]!.parts.map((p) => p.page)).toEqual([0, 0, 1]);
  });

  it("gives an exception its own row's control, criteria and deviation, cited on the page of its result", () => {
    const { doc, fact } = controlTests(page1, page2);
    expect(fact.value!.exceptions_count).toBe(1);
    expect(fact.value!.exceptions[0]).toMatchObject({
      control: "Terminated users are removed within one business day.",
      criteria: ["CC6.2"],
      deviation: "For 2 of 25 terminated users, access was removed late.",
      sample: { exceptions: 2, sample_size: 25 },
      page: 1,
      quote: "Exception noted: For 2 of",
    });
    expect(problems(doc, fact)).toEqual([]);
  });

  it("reads criteria from a matrix of marks under rotated headers", () => {
    const top = 20;
    const page = withRotated(
      layoutOf([
        line(top + 30, ["Control #", 40], ["Control Activity", 100], ["Results of Tests", 290]),
        line(20, ["AC-01", 40], ["Access reviews are", 100], ["No exceptions noted.", 290], ["✓", 418], ["✓", 438]),
        line(10, ["performed quarterly.", 100]),
        line(
          20,
          ["AC-02", 40],
          ["New hires sign the", 100],
          ["Exception noted: For 3 of 40", 290],
          ["✓", 458],
          ["X", 478],
        ),
        line(10, ["acceptable use policy.", 100], ["new hires, no signed policy", 290]),
        line(10, ["was retained.", 290]),
      ]),
      60 + top + 30,
      S,
      [
        ["CC6.1", 420],
        ["CC6.2", 440],
        ["CC6.3", 460],
        ["CC7.1", 480],
      ],
    );
    const { doc, fact } = controlTests(page);
    expect(fact.value!.exceptions).toHaveLength(1);
    expect(fact.value!.exceptions[0]).toMatchObject({
      control: "New hires sign the acceptable use policy.",
      criteria: ["CC6.3", "CC7.1"],
      deviation: "For 3 of 40 new hires, no signed policy was retained.",
    });
    expect(problems(doc, fact)).toEqual([]);
  });

  it("reads a criteria column and management's response printed as a row under the exception", () => {
    const page = layoutOf([
      line(20, ["Control #", 40], ["Criteria", 90], ["Control Activity", 150], ["Results of Tests", 360]),
      line(20, ["1.01", 40], ["CC8.1", 90], ["Changes are approved.", 150], ["No exceptions noted.", 360]),
      line(20, ["1.02", 40], ["CC7.2,", 90], ["Alerts are triaged", 150], ["Exception noted. For 4 of", 360]),
      line(10, ["CC7.3", 90], ["within one day.", 150], ["25 alerts, triage was late.", 360]),
      line(20, ["Management's Response: Alert routing was fixed in May.", 40]),
      line(20, ["1.03", 40], ["CC6.6", 90], ["Firewalls are reviewed.", 150], ["No exceptions noted.", 360]),
    ]);
    const { doc, fact } = controlTests(page);
    expect(fact.value!.exceptions).toHaveLength(1);
    expect(fact.value!.exceptions[0]).toMatchObject({
      control: "Alerts are triaged within one day.",
      criteria: ["CC7.2", "CC7.3"],
      deviation: "For 4 of 25 alerts, triage was late.",
      management_response: "Alert routing was fixed in May.",
    });
    expect(problems(doc, fact)).toEqual([]);
  });

  it("gives a control printed again under another criterion's band both criteria", () => {
    const exceptionRow = [
      line(
        20,
        ["CC1.4.2", 40],
        ["Employees complete training", 110],
        ["Inspected training records.", 280],
        ["Exception noted. For 1 of 5", 440],
      ),
      line(10, ["within thirty days of hire.", 110], ["new hires, training was late.", 440]),
    ];
    const page1 = layoutOf([
      ...header4,
      line(20, ["CC1.4 The entity demonstrates a commitment to attract, develop and retain competent people.", 40]),
      ...exceptionRow,
    ]);
    const page2 = layoutOf([
      ...header4,
      line(20, ["CC2.2 The entity communicates internal control objectives and responsibilities internally.", 40]),
      ...exceptionRow,
    ]);
    const { doc, fact } = controlTests(page1, page2);
    expect(fact.value!.exceptions).toHaveLength(1);
    expect(fact.value!.exceptions[0]!.criteria).toEqual(["CC1.4", "CC2.2"]);
    expect(problems(doc, fact)).toEqual([]);
  });

  it("reads every row's result: no exception rows give no exceptions", () => {
    const page = layoutOf([
      ...header4,
      line(
        20,
        ["CC6.1-01", 40],
        ["Access is restricted.", 110],
        ["Inspected the listing.", 280],
        ["No exceptions noted.", 440],
      ),
    ]);
    const { fact } = controlTests(page);
    expect(fact.value!.exceptions_count).toBe(0);
  });

  it("joins a header centred on its row and finds column edges where the body's cells start", () => {
    // One-line header cells sit between the lines of the two-line ones; each header is centred over a wider column.
    const page = layoutOf([
      line(20, ["Control Activity Specified by", 120], ["Tests Applied by the", 330]),
      line(5, ["Control #", 50], ["Test Results", 470]),
      line(5, ["the Service Organization", 126], ["Service Auditor", 340]),
      line(
        20,
        ["OP-7", 40],
        ["Backups are restored monthly to confirm", 100],
        ["Inspected restore tickets for a sample", 290],
        ["Exception noted.", 455],
      ),
      line(10, ["they can be read.", 100], ["of months.", 290], ["For 1 of 12 months", 455]),
      line(10, ["no restore was run.", 455]),
    ]);
    const { fact } = controlTests(page);
    expect(fact.value!.exceptions[0]).toMatchObject({
      control: "Backups are restored monthly to confirm they can be read.",
      deviation: "For 1 of 12 months no restore was run.",
    });
  });

  it("leaves a page's exceptions to the text reader where the table reads fewer than the text has", () => {
    // The second result points to a summary the table does not follow: the table has one exception, the text two.
    const page = layoutOf([
      ...header4,
      line(
        20,
        ["CC6.2-01", 40],
        ["Access is removed on exit.", 110],
        ["Inspected tickets.", 280],
        ["Exception noted: For 2 of 25 users, access stayed.", 440],
      ),
      line(
        20,
        ["CC6.3-01", 40],
        ["Roles are reviewed.", 110],
        ["Inspected reviews.", 280],
        ["Exception noted. See Exception 2 below.", 440],
      ),
    ]);
    const { fact } = controlTests(page);
    expect(fact.value!.exceptions.every((e) => e.page === undefined)).toBe(true);
  });

  it("reads criteria marked X under upright criterion headers printed closer than a cell gap", () => {
    // "CC6.1 CC6.2 CC6.3" come as one cell (8 points apart at size 8): each is its own mark column.
    const page = layoutOf([
      line(
        20,
        ["Ref", 40],
        ["Control Description", 90],
        ["Test Results", 260],
        ["CC6.1", 380],
        ["CC6.2", 408],
        ["CC6.3", 436],
      ),
      line(20, ["K-1", 40], ["Badges are revoked on exit.", 90], ["Exception noted: 1 of 9 badges", 260], ["X", 417]),
      line(10, ["stayed active.", 260]),
      line(20, ["K-2", 40], ["Visitors are escorted.", 90], ["No exceptions noted.", 260], ["X", 445]),
    ]);
    const { fact } = controlTests(page);
    expect(fact.value!.exceptions).toHaveLength(1);
    expect(fact.value!.exceptions[0]).toMatchObject({ control: "Badges are revoked on exit.", criteria: ["CC6.2"] });
  });

  it("goes on with a row on a next page that prints no header, where its cells start on the table's columns", () => {
    const next = layoutOf([
      line(20, ["Quillfeather | SOC 2 Type 2", 250]),
      line(20, ["business day.", 110], ["of leavers.", 280], ["access was removed late.", 440]),
      line(
        20,
        ["CC7.1-01", 40],
        ["Vulnerability scans run", 110],
        ["Inspected scan reports.", 280],
        ["No exceptions noted.", 440],
      ),
    ]);
    const [grid] = readTables([page1, next], TEST_TABLE_OPTIONS);
    expect(grid!.rows.map((r) => r.cells["Control #"]?.text)).toEqual(["CC6.1-01", "CC6.2-01", "CC7.1-01"]);
    const { fact } = controlTests(page1, next);
    expect(fact.value!.exceptions[0]!.deviation).toBe("For 2 of 25 terminated users, access was removed late.");
  });

  it("keeps what only the text reader knows of a row (a SOC 1 control objective above the table)", () => {
    const page = layoutOf([
      line(20, ["Control Objective 3: Controls provide reasonable assurance that access is restricted.", 40]),
      ...header4,
      line(
        20,
        ["AC-2", 40],
        ["Terminated users are", 110],
        ["Inspected termination", 280],
        ["Exception noted: For 2 of", 440],
      ),
      line(10, ["removed within a day.", 110], ["tickets.", 280], ["25 users, access stayed.", 440]),
    ]);
    const { fact } = controlTests(page);
    expect(fact.value!.exceptions).toHaveLength(1);
    expect(fact.value!.exceptions[0]).toMatchObject({
      criteria: ["Control Objective 3"],
      control: "Terminated users are removed within a day.",
      deviation: "For 2 of 25 users, access stayed.",
    });
  });
});

describe("rows printed without padding, keyed by criterion ids", () => {
  const ref = [line(20, ["Ref", 40], ["Control", 110], ["Test", 280], ["Result", 440])];
  // Every line at the same spacing: only the cells beside an id say whether it starts a row.
  const page = layoutOf([
    ...ref,
    line(
      20,
      ["CC6.1", 40],
      ["Access to the console re-", 110],
      ["Inspected the identity", 280],
      ["No deviations noted.", 440],
    ),
    line(10, ["quires MFA.", 110], ["provider configuration.", 280]),
    line(
      10,
      ["CC8.1", 40],
      ["Production changes are ap-", 110],
      ["For a sample of 40 chan-", 280],
      ["For 7 of 40 changes", 440],
    ),
    line(10, ["proved before deployment.", 110], ["ges, inspected approvals.", 280], ["sampled, there was no", 440]),
    line(10, ["evidence of approval.", 440]),
    line(
      10,
      ["C1.1", 40],
      ["Approved data requires keys.", 110],
      ["Inspected settings.", 280],
      ["No deviations noted.", 440],
    ),
  ]);

  it("starts a row at an id whose neighbouring cells start a sentence after one ended", () => {
    const [grid] = readTables([page], TEST_TABLE_OPTIONS);
    expect(grid!.rows.map((r) => r.cells["Ref"]?.text)).toEqual(["CC6.1", "CC8.1", "C1.1"]);
  });

  // The typesetter breaks words ("re- quires", "ap- proved") it prints whole elsewhere: they are joined back.
  it("gives the id as the exception's criterion and joins the words broken at line ends", () => {
    const { fact } = controlTests(page);
    expect(fact.value!.exceptions).toHaveLength(1);
    expect(fact.value!.exceptions[0]).toMatchObject({
      criteria: ["CC8.1"],
      control: "Production changes are approved before deployment.",
      deviation: "For 7 of 40 changes sampled, there was no evidence of approval.",
      sample: { exceptions: 7, sample_size: 40 },
    });
  });

  it("keeps a list of ids wrapped in one cell as one row (the cells beside it go on mid-sentence)", () => {
    const wrappedIds = layoutOf([
      ...ref,
      line(
        20,
        ["CC6.1,", 40],
        ["Logical access is", 110],
        ["Inspected the access", 280],
        ["No deviations noted.", 440],
      ),
      line(10, ["CC6.2", 40], ["restricted to staff.", 110], ["listing.", 280]),
      line(10, ["CC7.1", 40], ["Scans run weekly.", 110], ["Inspected scans.", 280], ["No deviations noted.", 440]),
    ]);
    const [grid] = readTables([wrappedIds], TEST_TABLE_OPTIONS);
    expect(grid!.rows.map((r) => r.cells["Ref"]?.text)).toEqual(["CC6.1, CC6.2", "CC7.1"]);
  });
});
