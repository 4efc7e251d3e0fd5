import { describe, expect, it } from "vitest";
import { aCertificate, aVendor, run, summary } from "../testing/builders";
import { checkAccreditationRecognised } from "./accreditation-recognised";

describe("checkAccreditationRecognised", () => {
  it.each([
    { body: "UKAS", expected: [] },
    { body: "IAS (International Accreditation Service)", expected: [] },
    { body: "EGAC (Egyptian Accreditation Council)", expected: [] },
    { body: "ANAB and UKAS marks (image only)", expected: [] },
    {
      body: "Global Accreditation Board for Quality",
      expected: ["medium:Accreditation body not recognised by policy"],
    },
    { body: "UKASX", expected: ["medium:Accreditation body not recognised by policy"] },
    { body: null, expected: ["medium:No accreditation body named"] },
  ])("$body", ({ body, expected }) => {
    expect(
      summary(
        run(checkAccreditationRecognised, {
          vendor: aVendor({ isoCertificates: [aCertificate({ accreditationBody: body })] }),
        }),
      ),
    ).toEqual(expected);
  });
});
