import { describe, expect, it } from "vitest";
import { actionWords, fieldChanges } from "./describe";

const nameOf = (id: string) => (id === "u1" ? "Dana" : null);

describe("fieldChanges", () => {
  it("reads a gap update's { changed, before, after }", () => {
    expect(
      fieldChanges(
        {
          changed: ["ownerId", "status"],
          before: { ownerId: null, status: "open" },
          after: { ownerId: "u1", status: "in_progress" },
        },
        nameOf,
      ),
    ).toEqual([
      { field: "owner", from: "unassigned", to: "Dana" },
      { field: "status", from: "Open", to: "In progress" },
    ]);
  });

  it("reads a vendor or service edit's { changes: { field: { from, to } } }", () => {
    expect(
      fieldChanges(
        { changes: { nextReviewDate: { from: null, to: "2027-01-31" }, regions: { from: ["us"], to: ["us", "eu"] } } },
        nameOf,
      ),
    ).toEqual([
      { field: "next review date", from: "none", to: "2027-01-31" },
      { field: "regions", from: "us", to: "us, eu" },
    ]);
  });

  it("says nothing for events without changes", () => {
    expect(fieldChanges({ legalName: "x" }, nameOf)).toEqual([]);
  });
});

describe("actionWords", () => {
  it("says sign-in events in words, with the reason of a refusal", () => {
    expect(actionWords("auth.sign_in", { ip: "10.0.0.1" })).toBe("signed in");
    expect(actionWords("auth.sign_in_failed", { reason: "wrong-password" })).toBe("sign-in refused (wrong password)");
    expect(actionWords("auth.lockout", {})).toBe("account locked after repeated failed sign-ins");
    expect(actionWords("auth.csrf_refused", { action: "signout" })).toBe(
      "request refused: missing or wrong CSRF token",
    );
  });

  it("says why a re-score changed a gap", () => {
    expect(actionWords("gap.rescore", { reason: "resolved — the documents no longer show this gap." })).toBe(
      "re-score: resolved — the documents no longer show this gap.",
    );
    expect(actionWords("gap.rescore", {})).toBe("re-score");
  });

  it("keeps the dotted name of other events, marking a bulk triage", () => {
    expect(actionWords("gap.update", { bulk: true })).toBe("gap update (bulk triage)");
    expect(actionWords("vendor.create", null)).toBe("vendor create");
  });
});
