import { db } from "../../lib/db";

/** The vendors the demo opens with. Documents and gaps are added by the review workflow. */
export async function seedDemoStory(tenantId: string): Promise<void> {
  const vendors = [
    { legalName: "Genius Reconciliation Ltd", tier: "critical", status: "under_review", website: "https://example.com/genius" },
    { legalName: "Cloudhop Hosting Inc.", tier: "high", status: "active", website: "https://example.com/cloudhop" },
    { legalName: "Papertrail Payroll GmbH", tier: "medium", status: "onboarding", website: "https://example.com/papertrail" },
    { legalName: "Quillmark Analytics Pty Ltd", tier: "low", status: "active", website: "https://example.com/quillmark" },
  ] as const;
  for (const v of vendors) {
    await db.vendor.create({ data: { tenantId, ...v, aliases: [] } });
  }
}
