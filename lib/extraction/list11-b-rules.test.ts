// Rules read from the failures of list11-dev's half B, after it had been measured once (68.2 %): a signature block of
// labelled lines, a label/value table whose labels wrap and whose dates are day-first, records kept as an object keyed
// by each provider's name, an owner object, a data file's review date. Each rule is tested in more than the one wording
// the set printed; every text here is made up, and each case failed on the rules before it.
import { describe, expect, it } from "vitest";
import { listRows, readList } from "./test-support/read-list";
import { readAs } from "./test-support/read-as";

const letter = (rows: string, sign = "Yours sincerely,\nJane Roe\nHead of Compliance") =>
  `Example Freight Pty Ltd\n28 October 2026\nBridge Letter\nTo our customers and their auditors,\n${rows}\n` +
  "Management confirms that, during the bridge period, there have been no significant changes to the controls.\n" +
  `${sign}\n`;

describe("list11 B: a bridge letter's label/value rows", () => {
  const rows = [
    "Service auditor \tSample Assurance Pty Ltd",
    "Period covered by report \t01/04/2025 - 31/03/2026",
    "Date of service auditor's\nreport\n19/05/2026",
    "Bridge period \t01/04/2026 - 30/09/2026",
  ].join("\n");
  it("takes the auditor from its labelled row before a salutation's 'auditors, X'", () => {
    expect(readAs("bridge_letter", letter(rows)).facts["referenced_report.auditor"]?.value).toBe(
      "Sample Assurance Pty Ltd",
    );
  });
  it("reads an ambiguous day-first date by the order the letter's other dates show (01/04/2025 beside 31/03/2026)", () => {
    const f = readAs("bridge_letter", letter(rows)).facts;
    expect([f["referenced_report.period_start"]?.value, f.bridge_covers_from?.value]).toEqual([
      "2025-04-01",
      "2026-04-01",
    ]);
  });
  it.each(["Period covered by report", "Period of the examination", "Period covered by the SOC 2 report"])(
    "a row labelled '%s' is the report's period, not the bridge's",
    (label) => {
      const r = rows.replace("Period covered by report", label);
      expect(readAs("bridge_letter", letter(r)).facts["referenced_report.period_end"]?.value).toBe("2026-03-31");
    },
  );
  it.each([
    "Date of service auditor's\nreport\n19/05/2026",
    "Date of the report: 19/05/2026",
    "Report date \t19/05/2026",
    "Opinion issue date 19/05/2026",
  ])("reads the report's date from a row labelled %j", (row) => {
    const r = rows.replace("Date of service auditor's\nreport\n19/05/2026", row);
    expect(readAs("bridge_letter", letter(r)).facts["referenced_report.report_or_opinion_date"]?.value).toBe(
      "2026-05-19",
    );
  });
});

describe("list11 B: a signature block of labelled lines", () => {
  const rows = "Service auditor \tSample Assurance Pty Ltd\nPeriod covered by report \t01/04/2025 - 31/03/2026";
  it.each([
    "EXAMPLE FREIGHT PTY LTD\nBy: ______________________\nName: Gloria Estrada-Whitfield\nTitle: Chief Financial Officer\nDate: October 28, 2026",
    "Signature: ______________\nPrinted name: Gloria Estrada-Whitfield\nPosition: Chief Financial Officer",
    "By: /signed/\nSignatory: Gloria Estrada-Whitfield\nTitle: CFO",
  ])("%j", (sign) => {
    expect(readAs("bridge_letter", letter(rows, sign)).facts.signatory?.value).toBe("Gloria Estrada-Whitfield");
  });
  it("does not take a 'Name:' line outside a signature block", () => {
    const sign = "Contact for questions\nName: Jane Roe\nEmail: jane@example.com";
    expect(readAs("bridge_letter", letter(rows, sign)).facts.signatory?.value ?? null).toBeNull();
  });
});

describe("list11 B: data files", () => {
  it("reads JSON records kept as an object keyed by each provider's name", () => {
    const json = JSON.stringify({
      organisation: { name: "Example Data B.V.", website: "https://example.test" },
      subprocessors: {
        "Cloud Co Ltd": { service: "Hosting", regions: ["Netherlands", "Belgium"] },
        "Mail Co Inc.": { purpose: "Email", country: "United States" },
      },
    });
    const r = readList(json, "subprocessors.json");
    expect(listRows(r)).toEqual([
      { name: "Cloud Co Ltd", purpose: "Hosting", location: "Netherlands, Belgium" },
      { name: "Mail Co Inc.", purpose: "Email", location: "United States" },
    ]);
    expect(r.facts.vendor?.value).toBe("Example Data B.V.");
  });
  it("names the owner of a YAML register from an owner key's own name key", () => {
    const yaml =
      "organisation:\n  name: Example Data B.V.\n  website: https://example.test\nsubprocessors:\n" +
      "  - name: Cloud Co Ltd\n    purpose: Hosting\n  - name: Mail Co Inc.\n    purpose: Email\n";
    expect(readList(yaml, "subprocessors.yaml").facts.vendor?.value).toBe("Example Data B.V.");
  });
  it.each([
    ["reviewed: 2026-10-05", "yaml"],
    ["last_reviewed: 2026-10-05", "yaml"],
    ["updated_on: 2026-10-05", "yaml"],
    ['"reviewed": "2026-10-05",', "json"],
    ['"lastReviewed": "2026-10-05",', "json"],
  ])("dates the register from a data key %s", (line, format) => {
    const text =
      format === "yaml"
        ? `controller: Example Data Oy\n${line}\nsubprocessors:\n  - entity: Cloud Co Ltd\n    function: Hosting\n  - entity: Mail Co Inc.\n    function: Email\n`
        : `{"controller": "Example Data Oy", ${line} "subprocessors": [{"name": "Cloud Co Ltd", "purpose": "Hosting"}, {"name": "Mail Co Inc.", "purpose": "Email"}]}`;
    expect(readList(text, `subprocessors.${format}`).facts.last_updated?.value).toBe("2026-10-05");
  });
});
