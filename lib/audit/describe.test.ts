import { describe, expect, it } from "vitest";
import { fieldChanges } from "./describe";

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
