import { describe, expect, it } from "vitest";
import { aSocReport, aSubprocessorList } from "../testing/builders";
import type { ControlException, Subprocessor } from "../types";
import { compareSocReports, compareSubprocessorLists } from ".";

const exception = (criteria: string[], control: string | null, deviation: string): ControlException => ({
  criteria,
  control,
  deviation,
  source: null,
});
const leavers = exception(["CC6.2"], "Access removed on termination", "1 of 25 leavers kept access.");

describe("compareSocReports: last year's report against this year's", () => {
  const before = aSocReport({
    documentId: "2025",
    periodStart: "2024-10-01",
    periodEnd: "2025-09-30",
    exceptions: [leavers, exception(["CC7.3"], null, "Incident tickets not reviewed.")],
    subserviceOrgs: [
      { name: "Amazon Web Services, Inc.", service: "hosting", method: "carve-out", reportOnFile: null, source: null },
      { name: "Stripe, Inc.", service: "payments", method: "carve-out", reportOnFile: null, source: null },
    ],
  });

  it("sorts exceptions into new, repeated (even reworded) and cleared", () => {
    const after = aSocReport({
      documentId: "2026",
      periodStart: "2025-10-01",
      periodEnd: "2026-09-30",
      exceptions: [
        exception(["CC6.2"], "Access removed on termination", "2 of 40 leavers kept access."),
        exception(["CC8.1"], "Change approval", "3 of 25 changes unapproved."),
      ],
    });
    const diff = compareSocReports(before, after);
    expect(diff.exceptions.added.map((item) => item.control)).toEqual(["Change approval"]);
    expect(diff.exceptions.repeated.map(({ before, after }) => [before.deviation, after.deviation])).toEqual([
      ["1 of 25 leavers kept access.", "2 of 40 leavers kept access."],
    ]);
    expect(diff.exceptions.cleared.map((item) => item.deviation)).toEqual(["Incident tickets not reviewed."]);
    expect(diff.period).toEqual({ kind: "continuous" });
    expect(diff.exceptionsUnknown).toBe(false);
  });

  it("names scope, TSC, subservice, auditor, type and opinion changes, and nothing when equal", () => {
    const after = aSocReport({
      documentId: "2026",
      periodStart: "2025-10-01",
      periodEnd: "2026-09-30",
      auditor: "Other Assurance LLP",
      opinion: "qualified",
      tscCategories: ["security", "availability", "processing_integrity"],
      systemName: "Acme Platform",
      inScopeServices: ["Acme Payroll", "Acme Benefits"],
      inScopeLocations: ["virginia, united states", "Frankfurt, Germany"],
      exceptions: [leavers],
      subserviceOrgs: [
        { name: "Amazon Web Services", service: "hosting", method: "inclusive", reportOnFile: null, source: null },
        { name: "Twilio Inc.", service: "sms", method: "carve-out", reportOnFile: null, source: null },
      ],
    });
    const diff = compareSocReports(before, after);
    expect(diff.tsc).toEqual({ added: ["processing_integrity"], removed: ["confidentiality"] });
    expect(diff.scope).toEqual({
      servicesAdded: ["Acme Benefits"],
      servicesRemoved: ["Acme HR"],
      locationsAdded: ["Frankfurt, Germany"],
      locationsRemoved: ["Dublin, Ireland"],
      system: null,
    });
    expect(diff.subservice).toEqual({
      added: ["Twilio Inc."],
      removed: ["Stripe, Inc."],
      method: [{ name: "Amazon Web Services", before: "carve-out", after: "inclusive" }],
    });
    expect(diff.auditor).toEqual({ before: "Example CPA LLP", after: "Other Assurance LLP" });
    expect(diff.opinion).toEqual({ before: "unqualified", after: "qualified" });
    expect(diff.type).toBeNull();

    const same = compareSocReports(before, { ...before, documentId: "copy" });
    expect(same.tsc).toEqual({ added: [], removed: [] });
    expect(same.auditor).toBeNull();
    expect(same.exceptions.added).toEqual([]);
    expect(same.exceptions.cleared).toEqual([]);
  });

  it.each([
    { start: "2025-10-01", expected: { kind: "continuous" } },
    { start: "2025-11-15", expected: { kind: "gap", days: 45, from: "2025-09-30", to: "2025-11-15" } },
    { start: "2025-07-01", expected: { kind: "overlap", days: 92, from: "2025-07-01", to: "2025-09-30" } },
    { start: null, expected: { kind: "unknown" } },
  ])("a next period starting $start is $expected.kind", ({ start, expected }) => {
    const after = aSocReport({ documentId: "2026", periodStart: start, periodEnd: "2026-09-30" });
    expect(compareSocReports(before, after).period).toEqual(expected);
  });

  it("says exceptions are unknown when a report did not list them", () => {
    const soc3 = aSocReport({ documentId: "2026", kind: "soc3", type: null, exceptions: null });
    expect(compareSocReports(before, soc3).exceptionsUnknown).toBe(true);
  });
});

describe("compareSubprocessorLists: a list's new version against the previous", () => {
  const entry = (name: string, locations: string[] | null): Subprocessor => ({
    name,
    purpose: null,
    locations,
    handlesBuyerData: null,
    source: null,
  });
  const list = (...entries: Subprocessor[]) => aSubprocessorList([], { entries });

  it("finds added, removed and relocated entities, matching names without legal form", () => {
    const before = list(
      entry("Amazon Web Services, Inc.", ["US"]),
      entry("Zendesk Inc", ["US"]),
      entry("Sentry", null),
    );
    const after = list(
      entry("Amazon Web Services", ["US", "Germany"]),
      entry("Sentry", ["US"]),
      entry("OpenAI, L.L.C.", ["US"]),
    );
    const diff = compareSubprocessorLists(before, after);
    expect(diff.added.map((item) => item.name)).toEqual(["OpenAI, L.L.C."]);
    expect(diff.removed.map((item) => item.name)).toEqual(["Zendesk Inc"]);
    // Sentry's locations were not stated before: not a move.
    expect(diff.relocated).toEqual([{ entry: after.entries[0], before: ["US"], after: ["US", "Germany"] }]);
  });

  it("treats an entity listed twice as one, and an unchanged list as unchanged in any order", () => {
    const before = list(entry("AWS Inc", ["US"]), entry("AWS Inc", ["Ireland"]), entry("Stripe", ["US"]));
    const after = list(entry("Stripe", ["us"]), entry("AWS Inc", ["Ireland", "US"]));
    expect(compareSubprocessorLists(before, after)).toEqual({ added: [], removed: [], relocated: [] });
  });
});
