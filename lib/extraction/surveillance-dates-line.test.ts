// Made-up certificate lines (blind-13 and blind-14's halves A each had one).
import { describe, expect, it } from "vitest";
import { readAs } from "./test-support/read-as";

const certificate = (line: string) =>
  [
    "CERTIFICATE",
    "This is to certify that the information security management system of",
    "Harlow Quay Systems Ltd",
    "has been assessed and found to conform to ISO/IEC 27001:2022",
    "Certificate number: HQ-27001-118",
    "Date of issue: 2026-05-22",
    line,
    "Valid until: 2029-05-28",
  ].join("\n");

describe("every surveillance date the label's line lists", () => {
  it.each([
    ["Surveillance audit due: 2027-05-28 and 2028-05-28", ["2027-05-28", "2028-05-28"]],
    ["Surveillance audits due: 12 March 2027, 12 March 2028", ["2027-03-12", "2028-03-12"]],
    ["Surveillance date: 2027-05-28; 2028-05-28", ["2027-05-28", "2028-05-28"]],
    ["Surveillance audit due: 2027-05-28", ["2027-05-28"]],
  ])("%s", (line, dates) => {
    expect(readAs("iso_certificate", certificate(line)).facts.surveillance_due!.value).toEqual(dates);
  });
});
