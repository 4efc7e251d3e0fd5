// A certificate's site schedule set as a narrow table (a typesetter's tabular): columns closer than a cell gap, words
// broken with a hyphen, wrapped site names, no padding between rows, justified addresses. Made-up sites.
import { describe, expect, it } from "vitest";
import { joinWrapped } from "./site-table";
import { readCertificate, row } from "./test-support/positioned";

/** Words drawn one item each, a space apart (the test layout draws 0.5 font size per character, at 9.5 pt). */
function words(list: string[], x: number): [string, number][] {
  return list.map((w) => {
    const at = x;
    x += w.length * 4.75 + 2.5;
    return [w, at];
  });
}

const front = [
  row(13, ["NORDCERT ZERTIFIZIERUNGS GMBH", 60]),
  row(10, ["Certificate No. NC-ISMS-7712", 60]),
  row(10, ["This is to certify that", 60]),
  row(12, ["Halvard Fleet GmbH", 60]),
  row(10, ["operates an information security management system which meets ISO/IEC 27001:2022", 60]),
  row(10, ["Expiry date: 4 May 2028", 60]),
];

describe("site schedules set as narrow tables", () => {
  it("splits cells at the activity column's edge, joins hyphen-broken words and wrapped names into their row", () => {
    const v = readCertificate([
      front,
      [
        row(13, ["Annex - Certified sites", 60]),
        row(9.5, ["Site", 64], ["Address", 150], ["Activities within scope", 290]),
        // "…1060" ends a few points left of "Management,": closer than a cell gap, so the layout prints one cell.
        row(9.5, ["Head office", 64], ["Lindenweg 12, Stiege 2 1060", 150], ["Management, software de-", 290]),
        row(9.5, ["Wien, Austria", 150], ["velopment, customer support", 290]),
        row(9.5, ["Operations", 64], ["Brno", 150], ["Business", 190], ["Park,", 240], ["Hosting and 24/7", 290]),
        row(9.5, ["centre", 64], ["Holandska 10, Brno", 150], ["monitoring", 290]),
        // A note under the table: one cell (words a space apart, each drawn as an item) across every column.
        row(
          9.5,
          ...words(["This", "annex", "is", "valid", "only", "together", "with", "the", "certificate", "page."], 64),
        ),
      ],
    ]);
    expect(v.sites).toEqual([
      {
        location: "Head office: Lindenweg 12, Stiege 2 1060 Wien, Austria",
        activity: "Management, software development, customer support",
      },
      {
        location: "Operations centre: Brno Business Park, Holandska 10, Brno",
        activity: "Hosting and 24/7 monitoring",
      },
    ]);
  });

  it("keeps a hyphen that joins a name and drops one that broke a word", () => {
    expect(joinWrapped("software de-", "velopment")).toBe("software development");
    expect(joinWrapped("Baden-", "Württemberg")).toBe("Baden-Württemberg");
    expect(joinWrapped("Management,", "engineering")).toBe("Management, engineering");
    expect(joinWrapped("", "Wien")).toBe("Wien");
  });
});
