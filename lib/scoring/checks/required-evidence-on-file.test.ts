import { describe, expect, it } from "vitest";
import { aCertificate, aSocReport, aVendor, aService, run, summary } from "../testing/builders";
import { checkRequiredEvidenceOnFile } from "./required-evidence-on-file";

describe("checkRequiredEvidenceOnFile", () => {
  it.each([
    { label: "US, SOC 2 Type 2 on file", regions: ["US"], socReports: [aSocReport()], certs: [], expected: [] },
    {
      label: "US, only an ISO 27001:2022 certificate",
      regions: ["US"],
      socReports: [],
      certs: [aCertificate()],
      expected: ["region:US"],
    },
    {
      label: "EU, only an ISO 27001:2022 certificate",
      regions: ["EU"],
      socReports: [],
      certs: [aCertificate()],
      expected: [],
    },
    {
      label: "EU, only a 2013 certificate (not an accepted version)",
      regions: ["EU"],
      socReports: [],
      certs: [aCertificate({ standardVersion: "2013" })],
      expected: ["region:EU"],
    },
    {
      label: "EU, only an ISO 27017 certificate",
      regions: ["EU"],
      socReports: [],
      certs: [aCertificate({ standard: "ISO/IEC 27017", standardVersion: "2015" })],
      expected: ["region:EU"],
    },
    {
      label: "EU, only a SOC 2 Type 1",
      regions: ["EU"],
      socReports: [aSocReport({ type: "type_1" })],
      certs: [],
      expected: ["region:EU"],
    },
    {
      label: "EU + US, only ISO: US is missing",
      regions: ["EU", "US"],
      socReports: [],
      certs: [aCertificate()],
      expected: ["region:US"],
    },
    { label: "APAC, nothing on file", regions: ["APAC"], socReports: [], certs: [], expected: ["region:APAC"] },
  ] as const)("$label", ({ regions, socReports, certs, expected }) => {
    const gaps = run(checkRequiredEvidenceOnFile, {
      vendor: aVendor({ socReports: [...socReports], isoCertificates: [...certs] }),
      service: aService({ regions: [...regions] }),
    });
    expect(gaps.map((gap) => gap.subject)).toEqual(expected);
  });

  it("is critical for a critical-tier vendor and names what is on file", () => {
    const gaps = run(checkRequiredEvidenceOnFile, {
      vendor: aVendor({ tier: "critical", socReports: [aSocReport({ kind: "soc3", type: null })] }),
    });
    expect(summary(gaps)).toEqual(["critical:Required evidence missing for US"]);
    expect(gaps[0]!.detail).toContain("On file: SOC 3 report");
  });
});
