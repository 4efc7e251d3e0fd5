// The other tables of a SOC 2 report read by position (soc-cuec-table.ts, soc-subservice-table.ts, soc-csoc-table.ts)
// on made-up pages: a numbered CUEC table split over a page break under a repeated header, a two-column CUEC table
// that goes on over a page without its header, a subservice table whose names wrap, a header centred on its row, a
// CSOC table whose organisation cell spans its rows, and the choice between the table and the text readings.
import { describe, expect, it } from "vitest";
import { citationProblems } from "./citation-check";
import { tableCsocs } from "./soc-csoc-table";
import { tableCuecs } from "./soc-cuec-table";
import { tableSubservices } from "./soc-subservice-table";
import { chooseCuecs, chooseSubservices } from "./soc-table-choice";
import { layoutOf, positionedDocument, type Row } from "./test-support/table-pages";
import { buildTextIndex } from "./text-index";

const S = 8;
const line = (gap: number, ...cells: [string, number][]): Row => ({ cells, size: S, gap });

/** Every item cites a quote that is text on its page (the check the corpus tests run on every list). */
function offPage(doc: ReturnType<typeof positionedDocument>, items: { page: number; quote: string }[]) {
  const facts = { "cuecs.items": { value: items, page: items[0]!.page, quote: items[0]!.quote, confidence: 1 } };
  return citationProblems({ facts, document: {}, authenticity_flags: [], consistency_flags: [] } as never, doc.pages);
}

describe("CUEC tables by position", () => {
  const header = line(20, ["#", 40], ["Complementary User Entity Control", 70], ["Related Criteria", 420]);
  const page1 = layoutOf([
    line(0, ["Complementary User Entity Controls", 30]),
    header,
    line(16, ["1", 40], ["Customers are responsible for provisioning", 70], ["CC6.2", 420]),
    line(10, ["access of their own users.", 70]),
    line(16, ["2", 40], ["Ensure that API keys are stored securely", 70], ["CC6.1, CC6.3", 420]),
    line(10, ["and rotated when personnel leave.", 70]),
  ]);
  const page2 = layoutOf([
    header,
    line(16, ["3", 40], ["Notify the organisation of suspected", 70], ["CC7.3", 420]),
    line(10, ["incidents within a reasonable time.", 70]),
    line(40, ["The organisation's controls were designed with the assumption that user entities do so.", 30]),
  ]);

  it("reads a numbered table over a page break, each row cited on its own page", () => {
    const doc = positionedDocument(page1, page2);
    const items = tableCuecs(doc)!;
    expect(items.map((i) => [i.text, i.criteria, i.page])).toEqual([
      ["Customers are responsible for provisioning access of their own users.", ["CC6.2"], 1],
      ["Ensure that API keys are stored securely and rotated when personnel leave.", ["CC6.1", "CC6.3"], 1],
      ["Notify the organisation of suspected incidents within a reasonable time.", ["CC7.3"], 2],
    ]);
    expect(offPage(doc, items)).toEqual([]);
  });

  it("goes on over a page without a repeated header, in the same columns", () => {
    const two = line(20, ["Complementary User Entity Controls", 40], ["Related Criteria", 420]);
    const p1 = layoutOf([
      two,
      line(16, ["User entities are responsible for granting", 40], ["CC6.2", 420]),
      line(10, ["access to authorised users only.", 40]),
      line(16, ["User entities are responsible for reviewing", 40], ["CC6.3", 420]),
    ]);
    const p2 = layoutOf([
      line(0, ["access each quarter.", 40]),
      line(16, ["User entities are responsible for reporting", 40], ["CC7.3", 420]),
      line(10, ["incidents within a day.", 40]),
      line(16, ["User entities are responsible for their own backups.", 40], ["A1.2", 420]),
    ]);
    const items = tableCuecs(positionedDocument(p1, p2))!;
    expect(items.map((i) => i.text)).toEqual([
      "User entities are responsible for granting access to authorised users only.",
      "User entities are responsible for reviewing access each quarter.",
      "User entities are responsible for reporting incidents within a day.",
      "User entities are responsible for their own backups.",
    ]);
    expect(items.map((i) => i.page)).toEqual([1, 1, 2, 2]);
  });

  it("stands over the text reading when it holds at least as many rows", () => {
    const doc = positionedDocument(page1, page2);
    const index = buildTextIndex(doc);
    const text = { value: { count: 2, items: [] }, page: 1, quote: "x", confidence: 0.75 };
    expect(chooseCuecs(index, text).value!.count).toBe(3);
    const more = { ...text, value: { count: 4, items: [] } };
    expect(chooseCuecs(index, more)).toBe(more);
  });
});

describe("subservice organisation tables by position", () => {
  const page = layoutOf([
    line(0, ["Subservice Organizations", 30]),
    line(20, ["Subservice", 40], ["Services Provided", 180], ["Method", 420]),
    line(10, ["Organization", 40]),
    line(16, ["Amazon Web", 40], ["Cloud hosting of the", 180], ["Carve-", 420]),
    line(10, ["Services, Inc.", 40], ["production environment", 180], ["out", 420]),
    line(16, ["Okta, Inc.", 40], ["Workforce identity", 180], ["Inclusive", 420]),
    line(30, ["Complementary User Entity Controls", 30]),
    line(16, ["The controls below are expected to be implemented by user entities of the platform.", 30]),
  ]);

  it("reads wrapped names and each row's own method, and stops at the next section", () => {
    const doc = positionedDocument(page);
    const rows = tableSubservices(doc)!;
    expect(rows.map((r) => [r.name, r.service, r.method])).toEqual([
      ["Amazon Web Services, Inc.", "Cloud hosting of the production environment", "carve-out"],
      ["Okta, Inc.", "Workforce identity", "inclusive"],
    ]);
    expect(
      offPage(
        doc,
        rows.map((r) => ({ page: r.page, quote: r.quote })),
      ),
    ).toEqual([]);
  });

  it("reads a header whose cells are centred on the row, none on the same baseline", () => {
    const centred = layoutOf([
      line(0, ["Our system uses the subservice organizations below.", 30]),
      line(20, ["Subservice", 44]),
      line(5, ["Services Provided", 200]),
      line(5, ["Organization", 40]),
      line(20, ["Stripe, Inc.", 40], ["Payment card processing", 200]),
      line(16, ["SendGrid, a", 40]),
      line(5, ["E-mail delivery", 200]),
      line(5, ["Twilio company", 40]),
    ]);
    const rows = tableSubservices(positionedDocument(centred))!;
    expect(rows.map((r) => [r.name, r.service])).toEqual([
      ["Stripe, Inc.", "Payment card processing"],
      ["SendGrid, a Twilio company", "E-mail delivery"],
    ]);
  });

  it("leaves the text reading standing where the table holds fewer organisations (rows run together)", () => {
    const index = buildTextIndex(positionedDocument(page));
    const text = {
      value: [
        { name: "Amazon Web Services, Inc.", service: null, method: "carve-out" as const },
        { name: "Okta, Inc.", service: null, method: "carve-out" as const },
        { name: "Twilio Inc.", service: null, method: "carve-out" as const },
      ],
      page: 1,
      quote: "x",
      confidence: 0.8,
    };
    expect(chooseSubservices(index, text, "carve-out")).toBe(text);
    const two = { ...text, value: text.value.slice(0, 2) };
    expect(chooseSubservices(index, two, "carve-out").value!.map((s) => s.service)).toEqual([
      "Cloud hosting of the production environment",
      "Workforce identity",
    ]);
  });
});

describe("CSOC tables by position", () => {
  it("reads a row under an organisation cell that spans several rows", () => {
    const page = layoutOf([
      line(0, ["Complementary Subservice Organization Controls", 30]),
      line(20, ["Subservice Organization", 40], ["Control Expected", 180], ["Criteria", 440]),
      line(16, ["Amazon Web", 40], ["Physical access to data centers is restricted.", 180], ["CC6.4", 440]),
      line(10, ["Services, Inc.", 40]),
      line(16, ["Environmental protections are maintained.", 180], ["A1.2", 440]),
      line(16, ["Okta, Inc.", 40], ["Authentication requests are processed securely.", 180], ["CC6.1", 440]),
    ]);
    const rows = tableCsocs(positionedDocument(page))!;
    expect(rows.map((r) => [r.text, r.criteria])).toEqual([
      ["Physical access to data centers is restricted.", ["CC6.4"]],
      ["Environmental protections are maintained.", ["A1.2"]],
      ["Authentication requests are processed securely.", ["CC6.1"]],
    ]);
  });
});
