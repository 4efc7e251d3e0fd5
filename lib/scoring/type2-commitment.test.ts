import { describe, expect, it } from "vitest";
import { mergeRegisters, type PreviousRegister } from "./merge";
import { defaultCriteriaFor } from "./presets";
import { scoreVendor } from "./score";
import { aService, aSocReport, aVendor } from "./testing/builders";
import { needsType2Commitment, type2CommitmentProblem } from "./type2-commitment";
import type { IsoDate, VendorEvidence } from "./types";

// An early-stage vendor's SOC 2 Type 1, accepted on condition of a dated Type 2 commitment: the
// gap reopens on that date unless a Type 2 has arrived. Pure: facts, acceptance data and asOf.
const service = aService({ regions: ["US"] });
const type1 = aSocReport({ documentId: "type1", type: "type_1", periodStart: null, periodEnd: "2026-01-31" });
const type2 = aSocReport({
  documentId: "type2",
  periodStart: "2026-02-01",
  periodEnd: "2026-07-31",
  reportDate: "2026-09-01",
});
const vendorWith = (reports = [type1]): VendorEvidence => aVendor({ tier: "high", socReports: reports });
const score = (vendor: VendorEvidence, asOf: IsoDate) =>
  scoreVendor({ vendor, service, criteria: defaultCriteriaFor(["US"], "high"), asOf });

function acceptedType1(commitment: IsoDate): PreviousRegister {
  const register = score(vendorWith(), "2026-03-01");
  return {
    ...register,
    gaps: register.gaps.map((gap) =>
      needsType2Commitment(gap)
        ? {
            ...gap,
            status: "risk_accepted" as const,
            acceptance: {
              reason: "MFA everywhere, weekly access reviews, monthly restore tests",
              expiresOn: commitment,
            },
          }
        : gap,
    ),
  };
}

describe("Type 1 accepted on a Type 2 commitment", () => {
  it("recognises the Type 1 gap, on its own or as the reason required evidence is missing", () => {
    const gaps = score(vendorWith(), "2026-03-01").gaps.filter(needsType2Commitment);
    expect(gaps).toHaveLength(1);
    expect(gaps[0]!.checkId).toBe("required-evidence-on-file");
    expect(score(vendorWith([type2]), "2026-10-01").gaps.filter(needsType2Commitment)).toEqual([]);
  });

  it("stays accepted before the commitment date", () => {
    const merged = mergeRegisters(acceptedType1("2026-09-30"), score(vendorWith(), "2026-09-29"), "2026-09-29");
    expect(merged.gaps.find(needsType2Commitment)?.status).toBe("risk_accepted");
  });

  it("reopens on the commitment date when no Type 2 has arrived, saying so", () => {
    const merged = mergeRegisters(acceptedType1("2026-09-30"), score(vendorWith(), "2026-09-30"), "2026-09-30");
    const gap = merged.gaps.find(needsType2Commitment)!;
    expect(gap.status).toBe("open");
    expect(gap.comments.at(-1)?.text).toMatch(/committed to a SOC 2 Type 2 report by 2026-09-30 and none has arrived/);
  });

  it("closes when the Type 2 arrives before the date", () => {
    const merged = mergeRegisters(
      acceptedType1("2026-09-30"),
      score(vendorWith([type1, type2]), "2026-09-15"),
      "2026-09-15",
    );
    const gap = merged.gaps.find(needsType2Commitment)!;
    expect(gap.status).toBe("resolved");
  });

  it("asks for compensating controls and a commitment date within a year", () => {
    expect(type2CommitmentProblem({ note: "ok", commitmentDate: "2026-09-30" }, "2026-03-01")?.field).toBe(
      "acceptanceNote",
    );
    expect(
      type2CommitmentProblem({ note: "MFA everywhere and weekly access reviews", commitmentDate: null }, "2026-03-01")
        ?.field,
    ).toBe("acceptedUntil");
    expect(
      type2CommitmentProblem(
        { note: "MFA everywhere and weekly access reviews", commitmentDate: "2027-03-02" },
        "2026-03-01",
      )?.message,
    ).toMatch(/more than a year ahead/);
    expect(
      type2CommitmentProblem(
        { note: "MFA everywhere and weekly access reviews", commitmentDate: "2027-03-01" },
        "2026-03-01",
      ),
    ).toBeNull();
  });
});
