// Made-up certificate lines (blind-14's half A had one signed this way).
import { describe, expect, it } from "vitest";
import { readAs } from "./test-support/read-as";

const certificate = (signature: string) =>
  [
    "CERTIFICATE",
    "This certifies that",
    "Harlow Quay Systems Limited",
    "operates an Information Security Management System which complies with ISO/IEC 27001:2022",
    "Certificate number HQ-ISMS-118",
    "This certificate issued 1st February 2026",
    "Expires 17th June 2028",
    signature,
    "Accredited by UKAS, management systems certification body No. 0001",
  ].join("\n");

describe("the certification body that signs on its own behalf, its place after it", () => {
  it.each([
    ["Signed on behalf of Tarnbrook Assurance Ltd, Cardiff CF10 4AZ", "Tarnbrook Assurance Ltd"],
    ["For and on behalf of Tarnbrook Assurance Limited, Bristol", "Tarnbrook Assurance Limited"],
    ["Signed for and on behalf of Tarnbrook Assurance Ltd", "Tarnbrook Assurance Ltd"],
  ])("%s", (line, body) => {
    expect(readAs("iso_certificate", certificate(line)).facts.certification_body!.value).toBe(body);
  });
});
