// Rules read from measured failures on the blind-11 and blind-12 sets (certificates and bridge letters). Every text
// here is made up; each case failed before its rule.
import { describe, expect, it } from "vitest";
import { readAs } from "./test-support/read-as";

const value = (r: ReturnType<typeof readAs>, key: string) =>
  (r.facts as Record<string, { value: unknown }>)[key]?.value;

describe("a certificate's footer sentence 'Issued by …'", () => {
  it("names the certification body up to its last legal form, before the address", () => {
    const r = readAs(
      "iso_certificate",
      [
        "CERTIFICATE",
        "This is to certify that the Information Security Management System of",
        "Pallavi Ledger Systems Pvt. Ltd.",
        "12 MG Road, Bengaluru 560001, India",
        "has been assessed and found to conform to the requirements of",
        "ISO/IEC 27001:2022",
        "Certificate No. PL-7781",
        "Issued by Korvane Audit Services Pvt. Ltd., 3rd Floor, Lotus Plaza, Chennai 600002, India. Accredited by the",
        "National Accreditation Board for Certification Bodies (NABCB).",
      ].join("\n"),
    );
    expect(value(r, "certification_body")).toMatch(/^Korvane Audit Services Pvt\. Ltd\.?$/);
  });
});
