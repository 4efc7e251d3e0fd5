// Three rules written after blind-8 was measured (so no held-out figure for them): a document's numeric date order
// told by its dashed dates too, a Statement of Applicability's version in the other language of a bilingual
// certificate, and sub-processor cards whose text names the entry without opening with it. Made-up texts.
import { describe, expect, it } from "vitest";
import { findDates, slashOrder } from "./dates";
import { extractFromText } from "./extract-document";
import { detectTextFormat, textDocumentFrom } from "./text-formats";
import { readCertificate, row } from "./test-support/positioned";
import type { TextDocument } from "./types";

describe("numeric dates written with dashes", () => {
  it("take the day-first order the document's unambiguous dashed dates show", () => {
    const text = "Initial certification 14-09-2020, valid until 13-09-2029; SoA of 12-06-2026";
    expect(slashOrder(text)).toBe("dmy");
    expect(findDates("12-06-2026", slashOrder(text))[0]?.iso).toBe("2026-06-12");
    expect(slashOrder("Issued 09-14-2020, reviewed 12-06-2026")).toBe("mdy");
  });
});

describe("a bilingual Statement of Applicability reference", () => {
  it("reads 'versie 5.2, 12-06-2026' as version 5.2 of 12 June 2026 on a day-first certificate", () => {
    const v = readCertificate([
      [
        row(20, ["CERTIFICAAT / Certificate", 200]),
        row(10, ["This is to certify that the information security management system of", 100]),
        row(16, ["Example Datadiensten B.V.", 200]),
        row(10, ["ISO/IEC 27001:2022", 200]),
        row(9, ["Certificate number", 60], ["Initial certification date", 230], ["Date of issue", 390]),
        row(10, ["EX-ISMS-0713", 60], ["14-09-2020", 230], ["28-08-2026", 390]),
        row(10, ["Verklaring van toepasselijkheid / Statement of Applicability: versie 5.2, 12-06-2026", 60]),
      ],
    ]);
    expect(v).toMatchObject({ soa_reference: { version: "5.2", date: "2026-06-12" } });
  });
});

function readList(text: string, filename: string) {
  const format = detectTextFormat(filename, undefined, text.slice(0, 512))!;
  const doc: TextDocument = textDocumentFrom(new TextEncoder().encode(text), filename, format);
  const r = extractFromText(
    { ...doc, format },
    { classification: { kind: "subprocessor_list", confidence: 1, reason: "test" } },
  );
  return ((r.facts.subprocessors?.value as { name: string; purpose: string | null }[] | null) ?? []).map(
    ({ name, purpose }) => ({ name, purpose }),
  );
}

describe("sub-processor cards under headings", () => {
  it("reads a heading as an entry when its text names it, and drops a long note in brackets from the name", () => {
    const md = [
      "# Sub-Processors",
      "",
      "We use these providers to serve our traffic.",
      "",
      "#### Northlight",
      "For more information on the privacy practices of Northlight,",
      "please visit https://northlight.example/privacy",
      "",
      "#### Quayside Networks (Limited to legacy download endpoints)",
      "For more information on the privacy practices of Quayside Networks,",
      "please visit https://quayside.example/legal",
      "",
      "#### Example Hosting (EH)",
      "Example Hosting provides the origin servers.",
    ].join("\n");
    expect(readList(md, "subprocessors.md")).toEqual([
      { name: "Northlight", purpose: null },
      { name: "Quayside Networks", purpose: null },
      { name: "Example Hosting (EH)", purpose: "the origin servers" },
    ]);
  });
});
