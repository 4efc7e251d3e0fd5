import { describe, expect, it } from "vitest";
import { aCertificate, aService, aVendor, run, summary } from "../testing/builders";
import { checkCertificateIs27001 } from "./certificate-is-27001";

const eu = aService({ regions: ["EU"] });

describe("checkCertificateIs27001", () => {
  it.each([
    { label: "a 27001 certificate", docs: [aCertificate()], expected: [] },
    {
      label: "27017 alone",
      docs: [aCertificate({ standard: "ISO/IEC 27017", standardVersion: "2015" })],
      expected: ["high:ISO/IEC 27017 certificate is not an ISO/IEC 27001 certificate"],
    },
    {
      label: "9001 next to a 27001",
      docs: [aCertificate(), aCertificate({ documentId: "qms", standard: "ISO 9001", standardVersion: "2015" })],
      expected: ["low:ISO 9001 certificate is not an ISO/IEC 27001 certificate"],
    },
    {
      label: "claims page",
      docs: [aCertificate({ docKind: "claims_page", standard: null, standardVersion: null })],
      expected: ["high:Claims page offered as a certificate"],
    },
    {
      label: "standard unknown",
      docs: [aCertificate({ standard: null })],
      expected: ["medium:Could not verify which standard a certificate is for"],
    },
    {
      label: "a 27001-2 look-alike",
      docs: [aCertificate({ standard: "ISO/IEC 270012" })],
      expected: ["high:ISO/IEC 270012 certificate is not an ISO/IEC 27001 certificate"],
    },
  ])("$label", ({ docs, expected }) => {
    expect(
      summary(
        run(checkCertificateIs27001, { vendor: aVendor({ socReports: [], isoCertificates: docs }), service: eu }),
      ),
    ).toEqual(expected);
  });
});
