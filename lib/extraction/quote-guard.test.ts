// A certificate's quotes are read from its rebuilt layout but must be text on the page as its text runs.
import { describe, expect, it } from "vitest";
import { comparable } from "./citation-check";
import { extractFromText } from "./extract-document";
import type { RawItem } from "./layout";
import { quoteOnPage } from "./quote-guard";
import type { TextDocument } from "./types";

const item = (text: string, x: number, y: number, size = 10): RawItem => [
  text,
  x,
  y,
  text.length * size * 0.5,
  size,
  0,
];

describe("quotes on their page", () => {
  it("cuts a quote glued across columns to its run of words on the page, the one holding the value", () => {
    const page = "Scope of certification:\nHosting of a payroll service.\nCertificate number: QX-1234";
    expect(quoteOnPage("Scope of certification: Certificate number: QX-1234", page, "QX-1234")).toBe(
      "Certificate number: QX-1234",
    );
    expect(quoteOnPage("Hosting of a payroll service.", page)).toBe("Hosting of a payroll service.");
  });

  it("keeps every certificate quote on the page when the layout glues two columns' lines", () => {
    // Two columns whose lines share baselines (so they are read as rows), while the page's text runs column by column.
    const left = ["This is to certify that", "Acme Ltd", "ISO/IEC 27001:2022", "Scope of certification:"];
    const right = ["Certificate number: QX-1234", "Date of issue: 5 March 2025", "Expiry date: 4 March 2028", "-"];
    const items = [
      ...left.map((t, i) => item(t, 50, 100 + i * 14)),
      ...right.map((t, i) => item(t, 330, 100 + i * 14)),
    ];
    const doc: TextDocument = {
      pages: [[...left, "Hosting of a payroll service.", ...right.slice(0, 3)].join("\n")],
      layouts: [{ width: 600, height: 800, items: [...items, item("Hosting of a payroll service.", 50, 160)] }],
      filename: "x.pdf",
      format: "pdf",
    };
    const r = extractFromText(doc, { classification: { kind: "iso_certificate", confidence: 1, reason: "test" } });
    expect(r.facts.certificate_number!.value).toBe("QX-1234");
    expect(r.facts.expiry_date!.value).toBe("2028-03-04");
    for (const [field, fact] of Object.entries(r.facts)) {
      if (fact.value === null || !fact.quote) continue;
      expect(comparable(doc.pages[0]!), field).toContain(comparable(fact.quote));
    }
  });
});
