import { describe, expect, it } from "vitest";
import { defaultCriteriaFor } from "../presets";
import { scoreVendor } from "../score";
import { aBridgeLetter, aCertificate, aService, aSocReport, aVendor } from "../testing/builders";
import type { VendorEvidence } from "../types";

const cuec = { text: "User entities are responsible for reviewing access.", criteria: [], mapping: null, source: null };
const exception = { criteria: ["CC6.2"], control: "Leavers", deviation: "1 of 8 late.", source: null };

function score(vendor: VendorEvidence, asOf = "2026-03-01") {
  const service = aService({ regions: ["US"] });
  return scoreVendor({ vendor, service, criteria: defaultCriteriaFor(["US"], vendor.tier), asOf }).gaps;
}
const checks = (gaps: { checkId: string }[]) => gaps.map((gap) => gap.checkId).sort();

describe("register assembly: one finding per root cause", () => {
  const report = aSocReport({ periodEnd: "2025-09-30", cuecs: [cuec], exceptions: [exception] });

  it.each([
    {
      label: "a current report: its content findings show",
      vendor: aVendor({ socReports: [report] }),
      asOf: "2025-11-01",
      present: ["cuec-mapped", "control-exception-impact"],
      absent: ["soc-report-current", "reliance-gate"],
    },
    {
      label: "a stale report: only staleness, content and bridge gap held",
      vendor: aVendor({ socReports: [report] }),
      asOf: "2027-06-01",
      present: ["soc-report-current"],
      absent: ["cuec-mapped", "control-exception-impact", "bridge-covers-gap"],
    },
    {
      label: "a gated report: one critical gate, content held",
      vendor: aVendor({
        socReports: [report],
        flags: [
          {
            documentId: report.documentId,
            kind: "authenticity",
            text: "Text re-used from another company's report",
            source: null,
          },
        ],
      }),
      asOf: "2025-11-01",
      present: ["reliance-gate"],
      absent: ["cuec-mapped", "control-exception-impact", "extraction-flags"],
    },
  ])("$label", ({ vendor, asOf, present, absent }) => {
    const gaps = score(vendor, asOf);
    for (const id of present) expect(checks(gaps)).toContain(id);
    for (const id of absent) expect(checks(gaps)).not.toContain(id);
  });

  it("says how many findings wait behind the blocking one", () => {
    const gaps = score(aVendor({ socReports: [report] }), "2027-06-01");
    expect(gaps.find((gap) => gap.checkId === "soc-report-current")!.detail).toMatch(
      /\d+ further findings about its content are held/,
    );
  });

  it("folds a bad bridge letter into the one cover finding", () => {
    const letter = aBridgeLetter({
      bridgedPeriodEnd: "2025-09-30",
      letterDate: "2025-08-01",
      coversFrom: "2025-10-01",
      coversThrough: "2025-07-31",
    });
    const gaps = score(aVendor({ socReports: [report], bridgeLetters: [letter] }), "2026-03-01");
    expect(checks(gaps).filter((id) => id.startsWith("bridge-"))).toEqual(["bridge-covers-gap"]);
    expect(gaps.find((gap) => gap.checkId === "bridge-covers-gap")!.detail).toMatch(/dated before the period/);
  });

  it("reports a SOC 3 in place of a SOC 2 once, as the missing requirement", () => {
    const soc3 = aSocReport({ kind: "soc3", type: null, periodEnd: "2024-01-31" });
    const gaps = score(aVendor({ socReports: [soc3] }));
    expect(
      checks(gaps).filter((id) =>
        ["required-evidence-on-file", "soc-report-kind-accepted", "soc-report-current"].includes(id),
      ),
    ).toEqual(["required-evidence-on-file"]);
  });

  it("makes an expired, withdrawn-edition certificate one currency finding", () => {
    const cert = aCertificate({ standardVersion: "2013", expiryDate: "2025-01-01" });
    const gaps = score(aVendor({ socReports: [aSocReport()], isoCertificates: [cert] }));
    expect(checks(gaps).filter((id) => ["certificate-in-date", "iso-version-current"].includes(id))).toHaveLength(1);
  });
});

describe("a claims page given where an ISO/IEC 27001 certificate is required", () => {
  it("is one finding: the required evidence is missing, the claims page is what was given instead", async () => {
    const { scoreVendor } = await import("../score");
    const { defaultCriteriaFor } = await import("../presets");
    const { aCertificate, aService, aVendor } = await import("../testing/builders");
    const register = scoreVendor({
      vendor: aVendor({
        tier: "medium",
        socReports: [],
        isoCertificates: [aCertificate({ docKind: "claims_page", standard: "ISO 27001", standardVersion: null })],
      }),
      service: aService({ regions: ["EU"], criticality: "medium" }),
      criteria: defaultCriteriaFor(["EU"], "medium"),
      asOf: "2026-03-01",
    });
    const about = register.gaps.filter((gap) =>
      ["required-evidence-on-file", "certificate-is-27001"].includes(gap.checkId),
    );
    expect(about.map((gap) => gap.checkId)).toEqual(["required-evidence-on-file"]);
    expect(about[0]!.detail).toMatch(/What was given instead: Claims page offered as a certificate/);
    expect(about[0]!.severity).toBe("high");
  });
});
