import { describe, expect, it } from "vitest";
import { vendorFormSchema } from "@/lib/vendors/schema";
import { serviceFormSchema } from "@/lib/services/schema";
import { updateGapSchema } from "@/lib/gaps/schema";
import { decisionSchema } from "@/lib/reviews/schema";
import { cuecMappingSchema } from "@/lib/evidence/facts/schema";

// Bad input at the edge (security-and-reliability §9 C 31, 34): mass-assignment fields are dropped,
// oversized and malformed fields are refused with a field name, formula-looking text stays text.
const uuid = "6f1c2a34-5b6d-4e7f-8a9b-0c1d2e3f4a5b";

describe("form schemas", () => {
  it("drop tenantId, role, version and other fields the form does not own", () => {
    const parsed = vendorFormSchema.parse({
      legalName: "Acme",
      tier: "low",
      status: "active",
      tenantId: uuid,
      role: "admin",
      createdById: uuid,
      version: 9,
    });
    for (const key of ["tenantId", "role", "createdById", "version"]) expect(parsed).not.toHaveProperty(key);
    expect(parsed).toMatchObject({ legalName: "Acme", tier: "low", status: "active" });
    const gap = updateGapSchema.parse({
      gapId: uuid,
      version: "3",
      status: "open",
      tenantId: uuid,
      severity: "low",
      approvedBy: uuid,
    });
    expect(gap).not.toHaveProperty("tenantId");
    expect(gap).not.toHaveProperty("severity");
  });

  it.each([
    {
      label: "a 1 MB vendor name",
      schema: vendorFormSchema,
      input: { legalName: "x".repeat(1_000_000), tier: "low", status: "active" },
      field: "legalName",
    },
    {
      label: "an unknown tier",
      schema: vendorFormSchema,
      input: { legalName: "Acme", tier: "platinum", status: "active" },
      field: "tier",
    },
    {
      label: "a javascript: website",
      schema: vendorFormSchema,
      input: { legalName: "Acme", tier: "low", status: "active", website: "javascript:alert(1)" },
      field: "website",
    },
    {
      label: "an impossible date",
      schema: vendorFormSchema,
      input: { legalName: "Acme", tier: "low", status: "active", nextReviewDate: "2026-02-30" },
      field: "nextReviewDate",
    },
    {
      label: "a service with no region",
      schema: serviceFormSchema,
      input: { vendorId: uuid, name: "Payroll", criticality: "low" },
      field: "regions",
    },
    {
      label: "an unknown data type",
      schema: serviceFormSchema,
      input: { vendorId: uuid, name: "Payroll", criticality: "low", regions: "EU", dataTypes: "dna" },
      field: "dataTypes",
    },
    {
      label: "a vendor id that is not a uuid",
      schema: serviceFormSchema,
      input: { vendorId: "1 OR 1=1", name: "Payroll", criticality: "low", regions: "EU" },
      field: "vendorId",
    },
    {
      label: "a 6,000-character decision note",
      schema: decisionSchema,
      input: { vendorId: uuid, decision: "approve", note: "n".repeat(6000) },
      field: "note",
    },
    {
      label: "an evidence link that is not http(s)",
      schema: cuecMappingSchema,
      input: { documentId: uuid, cuecId: uuid, evidenceUrl: "file:///etc/passwd" },
      field: "evidenceUrl",
    },
  ])("refuse $label", ({ schema, input, field }) => {
    const r = (schema as typeof vendorFormSchema).safeParse(input);
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => String(i.path[0]))).toContain(field);
  });

  it("keep formula-looking and HTML text as plain text (escaped on output, not mangled on input)", () => {
    const v = vendorFormSchema.parse({
      legalName: '=HYPERLINK("http://x")',
      tier: "low",
      status: "active",
      aliases: "<img src=x onerror=alert(1)>",
    });
    expect(v.legalName).toBe('=HYPERLINK("http://x")');
    expect(v.aliases).toEqual(["<img src=x onerror=alert(1)>"]);
  });
});
