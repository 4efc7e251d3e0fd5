import { describe, expect, it } from "vitest";
import { isUniqueViolation } from "@/lib/errors";

describe("isUniqueViolation", () => {
  it("recognises Prisma's code and PostgreSQL's own wording", () => {
    expect(isUniqueViolation({ code: "P2002", message: "Unique constraint failed on the fields: (`name`)" })).toBe(
      true,
    );
    expect(isUniqueViolation(new Error('duplicate key value violates unique constraint "Vendor_tenantId_key"'))).toBe(
      true,
    );
  });

  it("leaves every other failure alone", () => {
    expect(isUniqueViolation({ code: "P2025", message: "Record to update not found." })).toBe(false);
    expect(isUniqueViolation(new Error("Connection terminated unexpectedly"))).toBe(false);
    expect(isUniqueViolation(null)).toBe(false);
    expect(isUniqueViolation(undefined)).toBe(false);
    expect(isUniqueViolation("unique")).toBe(false);
  });
});
