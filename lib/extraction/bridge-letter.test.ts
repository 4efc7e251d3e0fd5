// Bridge letters as vendors write them, beyond the one real letter in the corpus: each case is made-up text in a
// phrasing real letters use, and each failed on the rules that only knew "X prepared the SOC 2 … for the period …".
import { describe, expect, it } from "vitest";
import { classifyText } from "./classify";
import { extractFromText } from "./extract-document";
import { normalizeText } from "./normalize";
import type { TextDocument } from "./types";

function read(text: string): Record<string, unknown> {
  const doc: TextDocument = { pages: [normalizeText(text)], filename: "letter.pdf", format: "text" };
  const r = extractFromText(doc, { classification: { kind: "bridge_letter", confidence: 1, reason: "test" } });
  const facts = r.facts as Record<string, { value: unknown; quote: string | null }>;
  for (const f of Object.values(facts))
    if (f.quote) expect(normalizeText(text).replace(/\s+/g, " ")).toContain(f.quote);
  return Object.fromEntries(Object.entries(facts).map(([k, f]) => [k, f.value]));
}

describe("bridge letters in the phrasings vendors use", () => {
  it("reads a table of label rows: report period, report date, bridge period, service auditor", () => {
    const v = read(
      "GAP LETTER\nFrom: Osprey Freight Ltd\nDate: 07/15/2025\nReport type SOC 2 Type 2\nService auditor Barr Advisory\n" +
        "Review period 04/01/2024 – 03/31/2025\nReport date 05/20/2025\nBridge period 04/01/2025 – 06/30/2025\n" +
        "Management confirms that during the bridge period there were no significant changes to the controls.\nSigned:\nLena Fischer\nDirector of Security\n",
    );
    expect(v).toMatchObject({
      letter_date: "2025-07-15",
      issuer: "Osprey Freight Ltd",
      "referenced_report.auditor": "Barr Advisory",
      "referenced_report.period_start": "2024-04-01",
      "referenced_report.period_end": "2025-03-31",
      "referenced_report.report_or_opinion_date": "2025-05-20",
      no_material_change_as_of: "2025-06-30",
      bridge_covers_from: "2025-04-01",
      bridge_covers_through: "2025-06-30",
      signatory: "Lena Fischer",
      material_changes_disclosed: "none",
    });
  });

  it("works out the start of 'the twelve-month period ended …' and ends the bridge at the letter's own date", () => {
    const v = read(
      "Tern Robotics LLC\nMarch 3, 2025\nDear customer,\nOur SOC 2 Type II report, issued by Holt & Reyes, LLP on January 10, 2025, covers the twelve-month period ended\n" +
        "October 31, 2024. We are not aware of any significant changes to our controls since October 31, 2024 and through the date of this letter.\nBest regards,\nSam Patel, CISO\n",
    );
    expect(v).toMatchObject({
      "referenced_report.period_start": "2023-11-01",
      "referenced_report.period_end": "2024-10-31",
      "referenced_report.report_or_opinion_date": "2025-01-10",
      "referenced_report.auditor": "Holt & Reyes, LLP",
      no_material_change_as_of: "2025-03-03",
      bridge_covers_from: "2024-11-01",
      bridge_covers_through: "2025-03-03",
      signatory: "Sam Patel",
    });
  });

  it("takes a Type 1 report's 'as of' date as its end and the 'between … and …' range as the bridge", () => {
    const v = read(
      "Wren Data Inc.\nMay 5, 2025\nWren Data Inc. received a SOC 2 Type 1 report from Calder Assurance LLC on the design of its controls as of January 31, 2025.\n" +
        "Between February 1, 2025 and April 30, 2025, there have been no material changes to the controls described in the report.\nKind regards,\n\nDr. Ines Duarte\nChief Executive Officer\n",
    );
    expect(v).toMatchObject({
      "referenced_report.period_start": null,
      "referenced_report.period_end": "2025-01-31",
      "referenced_report.auditor": "Calder Assurance LLC",
      no_material_change_as_of: "2025-04-30",
      bridge_covers_from: "2025-02-01",
      signatory: "Dr. Ines Duarte",
    });
  });

  it("tells the report's period from the bridge's and the next report's by their words, in any order", () => {
    const v = read(
      'Heron Cloud, Inc.\n2 December 2024\nHeron Cloud, Inc. ("Heron") engaged Brightline CPAs, an independent firm, to examine its platform.\n' +
        "This letter covers the period from 1 October 2024 through 30 November 2024. The next report, covering 1 October 2024 to 30 September 2025, is expected in November 2025.\n" +
        "Our most recent SOC 2 Type 2 report covers the period 1 October 2023 to 30 September 2024 and the opinion is dated 15 November 2024.\n" +
        "During this period we made the following changes:\n• We replaced our SIEM vendor.\n• We added a second data centre in Frankfurt.\nOther than the changes above, we are not aware of any material changes.\n/s/ Noah Berg\nVice President, Security\n",
    );
    expect(v).toMatchObject({
      issuer: "Heron Cloud, Inc.",
      "referenced_report.auditor": "Brightline CPAs",
      "referenced_report.period_start": "2023-10-01",
      "referenced_report.period_end": "2024-09-30",
      "referenced_report.report_or_opinion_date": "2024-11-15",
      no_material_change_as_of: "2024-11-30",
      signatory: "Noah Berg",
      material_changes_disclosed: "We replaced our SIEM vendor. We added a second data centre in Frankfurt.",
    });
  });

  it("classes a letter that names its Bridge Period and lists changes (no 'material changes' words) as a bridge letter", () => {
    const text =
      "Finch Labs Ltd\nTo Whom It May Concern:\nOur SOC 2 Type 2 report covers the period 1 May 2024 to 30 April 2025.\n" +
      'This letter covers the period from 1 May 2025 through 31 July 2025 (the "Bridge Period"). During the Bridge Period we made the following change: we moved to a new ticketing tool.\nRegards,\nAmy Lowe\n';
    const doc: TextDocument = { pages: [normalizeText(text)], filename: "letter.pdf", format: "text" };
    expect(classifyText(doc).kind).toBe("bridge_letter");
  });
});

describe("bridge letters sent as e-mails and letters with a change list", () => {
  it("dates an e-mail by its first 'Sent:' header, reads the change listed under its heading and a 'Date of … report' row", () => {
    const v = read(
      "From: Ada Quist <ada@example.test>\nSent: Monday, March 2, 2026 10:05 AM\nTo: Vendor Review <vr@example.test>\nSubject: Bridge letter\n" +
        "Please treat this message as Tern Ledger, Inc.'s bridge letter.\nOur SOC 2 Type 2 examination covered January 1, 2025 through December 31, 2025.\n" +
        "Date of the service auditor's report February 6, 2026\n" +
        "For the period from January 1, 2026 through February 28, 2026, there have been no material changes to the system, other than the change listed below.\n" +
        "Change during the gap period:\n* On January 20, 2026 we moved log storage to a new region.\nAccess is unchanged.\n" +
        "Our next SOC 2 Type 2 report will cover January 1, 2026 through December 31, 2026.\nBest regards,\nAda Quist\n" +
        "-----Original Message-----\nSent: Friday, February 27, 2026 4:02 PM\n",
    );
    expect(v).toMatchObject({
      letter_date: "2026-03-02",
      "referenced_report.report_or_opinion_date": "2026-02-06",
      material_changes_disclosed: "On January 20, 2026 we moved log storage to a new region.",
    });
  });
});

describe("a bridge period that starts at 'the end of the period' in words", () => {
  it("ends the bridge at the one date after 'between the end of the period covered by that report and', not at the letter's date", () => {
    const v = read(
      "Wrenfield Systems, Inc.\nMay 4, 2026\nTo our customers:\n" +
        "Our SOC 2 Type 2 report dated February 20, 2026 covering the period January 1, 2025 through December 31, 2025 was prepared by Osgood Hale LLP.\n" +
        "We are not aware of any material changes to the system or its controls between the end of the period covered by that report and April 30, 2026, the date through which this letter applies.\n" +
        "Sincerely,\nNora Vance\nChief Executive Officer\n",
    );
    expect(v).toMatchObject({
      letter_date: "2026-05-04",
      no_material_change_as_of: "2026-04-30",
      bridge_covers_from: "2026-01-01",
      bridge_covers_through: "2026-04-30",
    });
  });

  it("reads 'since the end of our audit period through 15 July 2026' the same way", () => {
    const v = read(
      "Marlow Data Ltd\n20 July 2026\nThe SOC 2 Type 2 report covers 1 April 2025 to 31 March 2026.\n" +
        "There have been no significant changes to our controls since the end of our audit period through 15 July 2026.\nYours faithfully,\nOwen Pryce\n",
    );
    expect(v).toMatchObject({ no_material_change_as_of: "2026-07-15", bridge_covers_through: "2026-07-15" });
  });
});

describe("the referenced report's date in more phrasings", () => {
  const letter = (sentence: string) =>
    `Acme, Inc.\nApril 20, 2026\nTo our customers:\n${sentence}\nWe are not aware of any material changes to our controls since December 31, 2025 through the date of this letter.\nSincerely,\nJo Lee\n`;
  it.each([
    [
      "report issued on",
      "Our SOC 2 Type 2 report issued on March 3, 2026 covers the period January 1, 2025 through December 31, 2025.",
    ],
    [
      "report, dated as of",
      "Our SOC 2 Type 2 report, dated as of March 3, 2026, covers the period January 1, 2025 through December 31, 2025.",
    ],
    [
      "with an opinion date of",
      "Our SOC 2 Type 2 report, with an opinion date of March 3, 2026, covers the period January 1, 2025 through December 31, 2025.",
    ],
  ])("reads '%s'", (_name, sentence) => {
    expect(read(letter(sentence))).toMatchObject({
      "referenced_report.report_or_opinion_date": "2026-03-03",
      "referenced_report.period_end": "2025-12-31",
      letter_date: "2026-04-20",
    });
  });
});
