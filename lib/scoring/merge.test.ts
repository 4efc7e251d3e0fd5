import { describe, expect, it } from "vitest";
import { mergeRegisters, type TrackedRegister } from "./merge";
import type { Gap, GapRegister } from "./types";

const gap = (key: string, overrides: Partial<Gap> = {}): Gap => ({
  key,
  vendorId: "v",
  serviceId: "s",
  checkId: "soc-report-current",
  subject: key,
  severity: "medium",
  title: `Gap ${key}`,
  detail: "",
  citation: null,
  ownerRole: "vendor",
  dueDate: "2026-06-01",
  ...overrides,
});

const register = (gaps: Gap[], asOf = "2026-03-01"): GapRegister => ({ vendorId: "v", serviceId: "s", asOf, gaps });

function tracked(gaps: TrackedRegister["gaps"]): TrackedRegister {
  return { vendorId: "v", serviceId: "s", asOf: "2026-01-01", gaps };
}

const base = {
  owner: "dana",
  comments: [{ author: "dana", date: "2026-01-02", text: "Asked vendor" }],
  acceptance: null,
  firstSeenOn: "2026-01-01",
  resolvedOn: null,
};

describe("mergeRegisters", () => {
  it("opens new gaps", () => {
    const merged = mergeRegisters(null, register([gap("a")]), "2026-03-01");
    expect(merged.gaps[0]).toMatchObject({ key: "a", status: "open", owner: null, firstSeenOn: "2026-03-01" });
  });

  it("carries owner, status, comments and first-seen date", () => {
    const previous = tracked([{ ...gap("a", { dueDate: "2026-04-01" }), ...base, status: "in_progress" }]);
    const merged = mergeRegisters(previous, register([gap("a", { dueDate: "2026-06-01" })]), "2026-03-01");
    expect(merged.gaps[0]).toMatchObject({
      status: "in_progress",
      owner: "dana",
      firstSeenOn: "2026-01-01",
      dueDate: "2026-04-01",
    });
    expect(merged.gaps[0]!.comments).toEqual(base.comments);
  });

  it("reopens a resolved gap whose cause persists", () => {
    const previous = tracked([{ ...gap("a"), ...base, status: "resolved", resolvedOn: "2026-02-01" }]);
    const merged = mergeRegisters(previous, register([gap("a")]), "2026-03-01");
    expect(merged.gaps[0]).toMatchObject({ status: "open", resolvedOn: null });
    expect(merged.gaps[0]!.comments.at(-1)!.text).toMatch(/Reopened/);
  });

  it.each([
    { expiresOn: "2026-12-31", expected: "risk_accepted" },
    { expiresOn: "2026-03-01", expected: "open" },
    { expiresOn: "2026-02-01", expected: "open" },
    { expiresOn: null, expected: "open" },
  ])("an acceptance expiring $expiresOn is $expected on 2026-03-01", ({ expiresOn, expected }) => {
    const acceptance = { reason: "compensating control", expiresOn };
    const previous = tracked([{ ...gap("a"), ...base, status: "risk_accepted", acceptance }]);
    expect(mergeRegisters(previous, register([gap("a")]), "2026-03-01").gaps[0]!.status).toBe(expected);
  });

  it("keeps a gap marked not applicable, with its reason, however long ago", () => {
    const acceptance = { reason: "We do not use that service", expiresOn: null };
    const previous = tracked([{ ...gap("a"), ...base, status: "not_applicable", acceptance }]);
    const merged = mergeRegisters(previous, register([gap("a")]), "2030-03-01").gaps[0]!;
    expect(merged).toMatchObject({ status: "not_applicable", acceptance });
    expect(merged.comments).toEqual(base.comments);
  });

  it("resolves a gap the re-score no longer raises and keeps it for the record", () => {
    const previous = tracked([{ ...gap("a"), ...base, status: "open" }]);
    const merged = mergeRegisters(previous, register([]), "2026-03-01");
    expect(merged.gaps).toHaveLength(1);
    expect(merged.gaps[0]).toMatchObject({ status: "resolved", resolvedOn: "2026-03-01", owner: "dana" });
  });

  it("brings the due date forward when severity worsens", () => {
    const previous = tracked([{ ...gap("a", { severity: "low", dueDate: "2026-09-01" }), ...base, status: "open" }]);
    const merged = mergeRegisters(
      previous,
      register([gap("a", { severity: "high", dueDate: "2026-04-01" })]),
      "2026-03-01",
    );
    expect(merged.gaps[0]).toMatchObject({ severity: "high", dueDate: "2026-04-01" });
  });

  it("keeps the triage of a finding raised again from next year's report, marked a repeat", () => {
    const cite = (documentId: string) => ({ documentId, page: 4, quote: "Exception noted." });
    const previous = tracked([{ ...gap("a", { citation: cite("soc2-2025") }), ...base, status: "in_progress" }]);
    const merged = mergeRegisters(previous, register([gap("a", { citation: cite("soc2-2026") })]), "2026-03-01");
    expect(merged.gaps[0]).toMatchObject({ status: "in_progress", owner: "dana", repeat: true });
    const same = mergeRegisters(previous, register([gap("a", { citation: cite("soc2-2025") })]), "2026-03-01");
    expect(same.gaps[0]!.repeat).toBeUndefined();
  });

  it("closes a finding the new report fixes, with the reason", () => {
    const cite = (documentId: string) => ({ documentId, page: 4, quote: null });
    const previous = tracked([{ ...gap("a", { citation: cite("soc2-2025") }), ...base, status: "open" }]);
    const merged = mergeRegisters(previous, register([gap("b", { citation: cite("soc2-2026") })]), "2026-03-01");
    const closed = merged.gaps.find((item) => item.key === "a")!;
    expect(closed.status).toBe("resolved");
    expect(closed.closedReason).toMatch(/no longer show it \(it was raised from soc2-2025\)/);
    expect(closed.comments.at(-1)!.text).toMatch(/^Resolved: the documents now on file/);
  });

  it("does not carry a risk acceptance over a worsening (expiring -> expired)", () => {
    const acceptance = { reason: "renewal booked", expiresOn: "2026-12-31" };
    const previous = tracked([{ ...gap("a", { severity: "low" }), ...base, status: "risk_accepted", acceptance }]);
    const worse = mergeRegisters(previous, register([gap("a", { severity: "high" })]), "2026-03-01").gaps[0]!;
    expect(worse.status).toBe("open");
    expect(worse.comments.at(-1)!.text).toMatch(/got worse \(low -> high\)/);
    const same = mergeRegisters(previous, register([gap("a", { severity: "low" })]), "2026-03-01").gaps[0]!;
    expect(same.status).toBe("risk_accepted");
  });

  it("accepts a plain register as the previous one", () => {
    const merged = mergeRegisters(register([gap("a")], "2026-01-01"), register([gap("a"), gap("b")]), "2026-03-01");
    expect(merged.gaps.map((item) => [item.key, item.status])).toEqual([
      ["a", "open"],
      ["b", "open"],
    ]);
  });

  it("stays a repeat on the next re-score of the same report", () => {
    const cite = { documentId: "soc2-2026", page: 4, quote: null };
    const previous = tracked([{ ...gap("a", { citation: cite }), ...base, status: "open", repeat: true }]);
    expect(mergeRegisters(previous, register([gap("a", { citation: cite })]), "2026-04-01").gaps[0]!.repeat).toBe(true);
  });

  it("closes a superseded report's fixed finding with the reason the caller gives", () => {
    const cite = { documentId: "soc2-2025", page: 4, quote: null };
    const previous = tracked([{ ...gap("a", { citation: cite }), ...base, status: "in_progress" }]);
    const retired = new Map([["soc2-2025", { reason: "fixed: soc2-2026.pdf no longer shows it.", withdrawn: false }]]);
    const closed = mergeRegisters(previous, register([]), "2026-03-01", retired).gaps[0]!;
    expect(closed).toMatchObject({ status: "resolved", closedReason: "fixed: soc2-2026.pdf no longer shows it." });
  });

  it("withdraws, not resolves, the findings of a deleted document, and reopens one raised again", () => {
    const cite = { documentId: "wrong-upload", page: 1, quote: null };
    const previous = tracked([{ ...gap("a", { citation: cite }), ...base, status: "open" }]);
    const retired = new Map([["wrong-upload", { reason: "the document was deleted: wrong vendor.", withdrawn: true }]]);
    const withdrawn = mergeRegisters(previous, register([]), "2026-03-01", retired).gaps[0]!;
    expect(withdrawn).toMatchObject({ status: "withdrawn", closedReason: "the document was deleted: wrong vendor." });
    expect(withdrawn.comments.at(-1)!.text).toMatch(/^Withdrawn: /);
    const again = mergeRegisters(tracked([withdrawn]), register([gap("a")]), "2026-04-01").gaps[0]!;
    expect(again).toMatchObject({ status: "open", closedReason: null });
  });
});
