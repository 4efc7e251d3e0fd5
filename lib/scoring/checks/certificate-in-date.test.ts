import { describe, expect, it } from "vitest";
import { aCertificate, aVendor, run, summary } from "../testing/builders";
import { checkCertificateInDate } from "./certificate-in-date";

describe("checkCertificateInDate (high tier: warn 90 days ahead)", () => {
  it.each([
    { label: "years left", expiryDate: "2028-05-31", expected: [] },
    { label: "91 days left", expiryDate: "2026-05-31", expected: [] },
    { label: "90 days left", expiryDate: "2026-05-30", expected: ["low:Certificate expiring soon"] },
    { label: "expires today", expiryDate: "2026-03-01", expected: ["low:Certificate expiring soon"] },
    { label: "expired yesterday", expiryDate: "2026-02-28", expected: ["high:Certificate expired"] },
    {
      label: "no expiry printed",
      expiryDate: null,
      expected: ["medium:Could not verify the certificate's expiry date"],
    },
  ])("$label", ({ expiryDate, expected }) => {
    expect(
      summary(run(checkCertificateInDate, { vendor: aVendor({ isoCertificates: [aCertificate({ expiryDate })] }) })),
    ).toEqual(expected);
  });

  it("does not report a certificate that a renewal superseded", () => {
    const vendor = aVendor({
      isoCertificates: [
        aCertificate({ documentId: "old", expiryDate: "2025-05-31" }),
        aCertificate({ documentId: "new" }),
      ],
    });
    expect(run(checkCertificateInDate, { vendor })).toEqual([]);
  });
});
