// Rules read from the soc10 dev set's half B failures (after its held-out figure was taken). Made-up text and pages.
import { describe, expect, it } from "vitest";
import { tableSubservices } from "./soc-subservice-table";
import { layoutOf, positionedDocument, type Row } from "./test-support/table-pages";
import { readAs } from "./test-support/read-as";

describe("services bulleted by name under a heading of the services in scope", () => {
  it("reads bare names after a word processor's symbol-font bullets", () => {
    const r = readAs(
      "soc2_report",
      [
        "Services Covered by This Report",
        "\uF0B7 Kestrel Originate",
        "\uF0B7 Kestrel Collect",
        "\uF0B7 Kestrel Insights",
        "Locations",
      ].join("\n"),
    );
    expect(r.facts["in_scope.services"]!.value).toEqual(["Kestrel Originate", "Kestrel Collect", "Kestrel Insights"]);
  });
});

describe("a system name hyphenated at a line's end", () => {
  it("joins the word the document prints whole elsewhere", () => {
    const r = readAs(
      "soc2_report",
      [
        "Corrib Fleet Telematics System",
        "We have examined Corrib Telematics Limited's accompanying description of its Corrib Fleet Telem-",
        'atics System titled "Corrib\'s Description" as of 31 October 2025.',
      ].join("\n"),
    );
    expect(r.facts["system_name"]!.value).toBe("Corrib Fleet Telematics System");
  });
});

describe("a subservice table in a narrow column", () => {
  const S = 8;
  const line = (gap: number, ...cells: [string, number][]): Row => ({ cells, size: S, gap });
  it("leaves the header's hyphenated word out of the first name and stops at a table of criteria", () => {
    const page1 = layoutOf([
      line(0, ["Subservice Organizations", 30]),
      line(20, ["Subservice", 40], ["Services Provided", 140]),
      line(10, ["Organiza-", 40]),
      line(10, ["tion", 40]),
      line(16, ["Microsoft Corporation", 40], ["Cloud hosting services (Microsoft Azure)", 140]),
    ]);
    const page2 = layoutOf([
      line(0, ["Criteria", 40], ["Control Activity", 140]),
      line(16, ["CC1.1", 40], ["A code of conduct is acknowledged by personnel upon hire.", 140]),
      line(16, ["CC1.2", 40], ["The board meets quarterly.", 140]),
    ]);
    const rows = tableSubservices(positionedDocument(page1, page2))!;
    expect(rows.map((r) => [r.name, r.quote])).toEqual([["Microsoft Corporation", "Microsoft Corporation"]]);
  });
});
