import { systemDb as db } from "../../lib/db";
import type { Actor, TenantId } from "../../lib/auth/load-actor";
import { uploadDocument } from "../../lib/evidence/documents/upload";
import { processParseJob } from "../../lib/evidence/jobs/parse-job";
import { confirmFacts } from "../../lib/evidence/facts/mutations";
import { rescoreVendor } from "../../lib/reviews/rescore/mutations";
import { generateSoc2 } from "../synth/generate-soc2";
import { randomSoc2Spec } from "../synth/soc2-spec";
import { generateBridgeLetter, randomBridgeLetterSpec } from "../synth/generate-bridge-letter";
import { generateIsoCertificate, randomIsoCertificateSpec } from "../synth/generate-iso-certificate";
import { generateSubprocessorList, randomSubprocessorListSpec } from "../synth/generate-subprocessor-list";

type Vendor = { id: string };

/**
 * The demo tells the product's story with synthetic documents run through the real pipeline
 * (encrypted upload → parse in a separate process → confirmed facts → scoring):
 * a critical vendor with control exceptions and a carved-out cloud provider; a hosting vendor with
 * a stale report, a bridge letter and an expired ISO 27001:2013 certificate; a payroll vendor with
 * a current 2022 certificate and a sub-processor list; and one with nothing uploaded yet.
 */
export async function seedDemoStory(tenantId: string, asOf: string): Promise<void> {
  const analyst = await db.membership.findFirstOrThrow({
    where: { tenantId, role: "analyst" },
    select: { userId: true, user: { select: { name: true, email: true } }, tenant: { select: { name: true } } },
  });
  const actor: Actor = {
    userId: analyst.userId,
    tenantId: tenantId as TenantId,
    role: "analyst",
    name: analyst.user.name,
    email: analyst.user.email,
    tenantName: analyst.tenant.name,
  };
  const security = await db.membership.findFirstOrThrow({
    where: { tenantId, role: "security" },
    select: { userId: true },
  });

  const genius = await vendor(tenantId, "Genius Reconciliation Ltd", "critical", "under_review");
  await service(tenantId, genius, {
    name: "Bank account reconciliation",
    systems: ["Reconciler Cloud"],
    dataTypes: ["financial", "personal"],
    regions: ["US"],
    criticality: "critical",
    ownerId: security.userId,
  });
  const soc2 = await generateSoc2(
    randomSoc2Spec(42, {
      pages: 24,
      soc2Type: "type_2",
      serviceOrganization: "Genius Reconciliation Ltd",
      shortName: "Genius",
      systemName: "Reconciler Cloud",
      opinion: "qualified",
      periodStart: "2025-04-01",
      periodEnd: "2026-03-31",
    }),
  );
  await ingest(actor, genius, soc2.pdf, "genius-soc2-type2-fy2026.pdf");
  const bridge = await generateBridgeLetter(
    randomBridgeLetterSpec(7, {
      issuer: "Genius Reconciliation Ltd",
      systemName: "Reconciler Cloud",
      periodStart: "2025-04-01",
      periodEnd: "2026-03-31",
      letterDate: "2026-02-15",
      asOfDate: "2026-09-30",
    }),
  );
  await ingest(actor, genius, bridge.pdf, "genius-bridge-letter.pdf");

  const cloudhop = await vendor(tenantId, "Cloudhop Hosting Inc.", "high", "active");
  await service(tenantId, cloudhop, {
    name: "Managed hosting",
    systems: ["Cloudhop Compute"],
    dataTypes: ["personal", "confidential_business"],
    regions: ["EU", "UK"],
    locations: ["Germany"],
    criticality: "high",
    ownerId: analyst.userId,
  });
  const stale = await generateSoc2(
    randomSoc2Spec(77, {
      pages: 16,
      soc2Type: "type_2",
      serviceOrganization: "Cloudhop Hosting Inc.",
      shortName: "Cloudhop",
      systemName: "Cloudhop Compute",
      opinion: "unqualified",
      periodStart: "2024-01-01",
      periodEnd: "2024-12-31",
    }),
  );
  await ingest(actor, cloudhop, stale.pdf, "cloudhop-soc2-2024.pdf");
  const iso2013 = await generateIsoCertificate(
    randomIsoCertificateSpec(13, {
      holder: "Cloudhop Hosting Inc.",
      version: "2013",
      issueDate: "2023-03-01",
      originalCertificationDate: "2020-03-01",
      expiryDate: "2026-02-28",
    }),
  );
  await ingest(actor, cloudhop, iso2013.pdf, "cloudhop-iso27001-2013.pdf");

  const papertrail = await vendor(tenantId, "Papertrail Payroll GmbH", "medium", "onboarding");
  await service(tenantId, papertrail, {
    name: "Payroll",
    systems: ["Papertrail Payroll"],
    dataTypes: ["personal", "financial"],
    regions: ["EU"],
    locations: ["Germany"],
    criticality: "medium",
    ownerId: null,
  });
  const iso2022 = await generateIsoCertificate(
    randomIsoCertificateSpec(22, {
      holder: "Papertrail Payroll GmbH",
      version: "2022",
      issueDate: "2025-06-01",
      originalCertificationDate: "2025-06-01",
      expiryDate: "2028-05-31",
    }),
  );
  await ingest(actor, papertrail, iso2022.pdf, "papertrail-iso27001-2022.pdf");
  const subs = generateSubprocessorList(randomSubprocessorListSpec(5, { vendor: "Papertrail Payroll GmbH" }));
  await ingest(actor, papertrail, Buffer.from(subs.markdown), "papertrail-subprocessors.md");

  await vendor(tenantId, "Quillmark Analytics Pty Ltd", "low", "onboarding");

  // Reviews coming up, so the dashboard's "due for review" list has something to show.
  const inDays = (n: number) => new Date(Date.parse(`${asOf}T00:00:00Z`) + n * 86400_000);
  await db.vendor.update({ where: { id: genius.id }, data: { nextReviewDate: inDays(14) } });
  await db.vendor.update({ where: { id: cloudhop.id }, data: { nextReviewDate: inDays(60) } });

  for (const v of [genius, cloudhop, papertrail]) await rescoreVendor(actor, v.id, asOf);
}

async function vendor(
  tenantId: string,
  legalName: string,
  tier: "critical" | "high" | "medium" | "low",
  status: "onboarding" | "active" | "under_review",
): Promise<Vendor> {
  return db.vendor.create({
    data: {
      tenantId,
      legalName,
      tier,
      status,
      aliases: [],
      website: `https://example.com/${legalName.split(" ")[0].toLowerCase()}`,
    },
    select: { id: true },
  });
}

async function service(
  tenantId: string,
  v: Vendor,
  s: {
    name: string;
    systems: string[];
    dataTypes: string[];
    regions: string[];
    locations?: string[];
    criticality: "critical" | "high" | "medium" | "low";
    ownerId: string | null;
  },
) {
  await db.buyerService.create({ data: { tenantId, vendorId: v.id, ...s, locations: s.locations ?? [] } });
}

/** Upload (encrypted), parse now instead of via the queue, and confirm the extracted facts as read. */
async function ingest(actor: Actor, v: Vendor, bytes: Uint8Array, filename: string): Promise<void> {
  const { document } = await uploadDocument(
    actor,
    v.id,
    { bytes: new Uint8Array(bytes), filename },
    { enqueue: async () => null },
  );
  const outcome = await processParseJob(document.id, actor.tenantId);
  if (outcome !== "parsed") throw new Error(`demo document ${filename} did not parse (${outcome})`);
  await confirmFacts(actor, document.id, []);
}
