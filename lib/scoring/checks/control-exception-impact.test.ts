import { describe, expect, it } from "vitest";
import { aService, aSocReport, aVendor, run, summary } from "../testing/builders";
import { checkControlExceptionImpact } from "./control-exception-impact";

const exception = (criteria: string[]) => ({
  criteria,
  control: "A control" as string | null,
  deviation: "2 of 10 samples failed.",
  source: { page: 41, quote: "Exception noted." },
});

describe("checkControlExceptionImpact: deviation rate, criterion and management response", () => {
  it.each([
    {
      label: "1 late leaver in 8 (isolated)",
      criteria: ["CC6.2"],
      deviation: "For 1 of 8 sampled terminated employees, access was not removed timely.",
      expected: "medium",
    },
    {
      label: "3 of 5 critical vendors unassessed (frequent, vendor management)",
      criteria: ["CC9.2"],
      deviation: "3 of the 5 critical vendors were not assessed.",
      expected: "high",
    },
    {
      label: "incident response, 2 of 10",
      criteria: ["CC7.4"],
      deviation: "2 of 10 incidents lacked a post-mortem.",
      expected: "high",
    },
    {
      label: "entity-level, 3 of 5 (frequent)",
      criteria: ["CC2.1"],
      deviation: "3 of 5 policies were not reviewed.",
      expected: "high",
    },
    { label: "no rate stated", criteria: ["CC2.1"], deviation: "Policies were not reviewed.", expected: "medium" },
  ])("$label -> $expected", ({ criteria, deviation, expected }) => {
    const vendor = aVendor({ socReports: [aSocReport({ exceptions: [{ ...exception(criteria), deviation }] })] });
    const gaps = run(checkControlExceptionImpact, { vendor, service: aService({ dataTypes: ["personal"] }) });
    expect(gaps.map((gap) => gap.severity)).toEqual([expected]);
  });

  it("shows management's response, or says none was captured", () => {
    const withResponse = { ...exception(["CC6.2"]), managementResponse: "Access now removed by HR workflow." };
    const shown = run(checkControlExceptionImpact, {
      vendor: aVendor({ socReports: [aSocReport({ exceptions: [withResponse] })] }),
    });
    expect(shown[0]!.detail).toMatch(/Management's response \(unaudited\): Access now removed by HR workflow\./);
    const none = run(checkControlExceptionImpact, {
      vendor: aVendor({ socReports: [aSocReport({ exceptions: [exception(["CC6.2"])] })] }),
    });
    expect(none[0]!.detail).toMatch(/No management response is captured/);
  });
});

describe("checkControlExceptionImpact: one finding per control across years", () => {
  const subjects = (exceptions: ReturnType<typeof exception>[]) =>
    run(checkControlExceptionImpact, {
      vendor: aVendor({ socReports: [aSocReport({ exceptions })] }),
    }).map((gap) => gap.subject);

  it("keeps a named control's finding when next year's report rewords the deviation", () => {
    const thisYear = subjects([{ ...exception(["CC6.2"]), deviation: "1 of 25 leavers kept access." }]);
    const nextYear = subjects([{ ...exception(["CC6.2"]), deviation: "2 of 40 leavers kept access for 3 days." }]);
    expect(nextYear).toEqual(thisYear);
  });

  it("tells two exceptions apart: another control, or a second one on the same control", () => {
    const two = subjects([exception(["CC6.2"]), { ...exception(["CC6.2"]), deviation: "Another sample failed." }]);
    expect(new Set(two).size).toBe(2);
    const other = subjects([{ ...exception(["CC6.2"]), control: "Another control" }]);
    expect(other).not.toEqual(subjects([exception(["CC6.2"])]));
  });

  it("falls back to the wording when no control is named", () => {
    const a = subjects([{ ...exception(["CC7.2"]), control: null, deviation: "Alerts were not reviewed." }]);
    const b = subjects([{ ...exception(["CC7.2"]), control: null, deviation: "Logs were not retained." }]);
    expect(a).not.toEqual(b);
  });
});

describe("checkControlExceptionImpact", () => {
  it.each([
    {
      label: "logical access + personal data",
      criteria: ["CC6.2"],
      dataTypes: ["personal"],
      criticality: "medium",
      expected: "high",
    },
    {
      label: "logical access + public data only",
      criteria: ["CC6.1"],
      dataTypes: ["public"],
      criticality: "medium",
      expected: "medium",
    },
    {
      label: "availability on a critical service",
      criteria: ["A1.2"],
      dataTypes: ["public"],
      criticality: "critical",
      expected: "high",
    },
    {
      label: "availability on a low service",
      criteria: ["A1.2"],
      dataTypes: ["personal"],
      criticality: "low",
      expected: "low",
    },
    {
      label: "confidentiality, no confidential data",
      criteria: ["C1.1"],
      dataTypes: ["public"],
      criticality: "high",
      expected: "low",
    },
    {
      label: "processing integrity + financial data",
      criteria: ["PI1.3"],
      dataTypes: ["financial"],
      criticality: "high",
      expected: "high",
    },
    {
      label: "privacy + personal data",
      criteria: ["P4.1"],
      dataTypes: ["personal"],
      criticality: "high",
      expected: "high",
    },
    {
      label: "control environment",
      criteria: ["CC1.4"],
      dataTypes: ["personal"],
      criticality: "high",
      expected: "medium",
    },
    {
      label: "worst criterion wins",
      criteria: ["CC1.4", "CC6.3"],
      dataTypes: ["personal"],
      criticality: "high",
      expected: "high",
    },
    { label: "no criteria", criteria: [], dataTypes: ["personal"], criticality: "high", expected: "medium" },
  ] as const)("$label -> $expected", ({ criteria, dataTypes, criticality, expected }) => {
    const vendor = aVendor({ socReports: [aSocReport({ exceptions: [exception([...criteria])] })] });
    const gaps = run(checkControlExceptionImpact, {
      vendor,
      service: aService({ dataTypes: [...dataTypes], criticality }),
    });
    expect(gaps.map((gap) => gap.severity)).toEqual([expected]);
  });

  it("raises one gap per exception, cited to its page", () => {
    const vendor = aVendor({
      socReports: [
        aSocReport({ exceptions: [exception(["CC6.2"]), { ...exception(["CC6.6"]), deviation: "TLS 1.0 in use." }] }),
      ],
    });
    const gaps = run(checkControlExceptionImpact, { vendor });
    expect(gaps).toHaveLength(2);
    expect(new Set(gaps.map((gap) => gap.subject)).size).toBe(2);
    expect(gaps[0]!.citation).toEqual({ documentId: "soc2-2025", page: 41, quote: "Exception noted." });
  });

  it("says so when test results are unknown, and never reads that as clean", () => {
    expect(
      summary(
        run(checkControlExceptionImpact, { vendor: aVendor({ socReports: [aSocReport({ exceptions: null })] }) }),
      ),
    ).toEqual(["low:Could not verify the results of the tests of controls"]);
  });

  it("ignores a Type 1, which has no tests of operating effectiveness", () => {
    expect(
      run(checkControlExceptionImpact, {
        vendor: aVendor({ socReports: [aSocReport({ type: "type_1", exceptions: null })] }),
      }),
    ).toEqual([]);
  });
});
