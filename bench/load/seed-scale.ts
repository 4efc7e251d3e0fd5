// Seeds the load-benchmark organisation: 5,000 vendors (one buyer service each, ISO certificates
// on half of them) and 50,000 gaps, plus one user per role. Idempotent by tenant slug: a second run
// changes nothing. Rows are made by set-based INSERT … SELECT FROM generate_series, so the whole
// seed takes seconds instead of the minutes 55,000 ORM round trips would.
//   usage: node scripts/with-db.mjs node_modules/.bin/tsx bench/load/seed-scale.ts
import { systemDb as db } from "../../lib/db";
import { hashPassword } from "../../lib/auth/password";
import { BENCH_PASSWORD, BENCH_TENANT, BENCH_USERS, SCALE } from "./accounts";

export async function seedScale(): Promise<{ tenantId: string; created: boolean }> {
  const existing = await db.tenant.findUnique({ where: { slug: BENCH_TENANT.slug }, select: { id: true } });
  if (existing) return { tenantId: existing.id, created: false };

  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const t0 = performance.now();
  // One transaction: a crash half-way leaves no half-seeded tenant that would count as "present".
  const tenantId = await db.$transaction(
    async (tx) => {
      const tenant = await tx.tenant.create({ data: { name: BENCH_TENANT.name, slug: BENCH_TENANT.slug } });
      for (const u of BENCH_USERS) {
        const user = await tx.user.upsert({
          where: { email: u.email },
          update: {},
          create: { email: u.email, name: u.name, passwordHash },
        });
        await tx.membership.create({ data: { tenantId: tenant.id, userId: user.id, role: u.role } });
      }
      const tid = tenant.id;
      // Ids are made by the database here (Prisma's @default(uuid()) is client-side only).
      await tx.$executeRaw`
        INSERT INTO "Vendor" (id, "tenantId", "legalName", aliases, website, tier, status, "nextReviewDate", "createdAt", "updatedAt")
        SELECT gen_random_uuid(), ${tid}::uuid, 'Scale Vendor ' || lpad(i::text, 5, '0'), ARRAY['SV' || i],
               'https://vendor' || i || '.example', (ARRAY['critical','high','medium','low'])[1 + i % 4]::"VendorTier",
               (ARRAY['onboarding','active','active','under_review'])[1 + i % 4]::"VendorStatus",
               DATE '2027-01-01' + (i % 365), now(), now()
        FROM generate_series(1, ${SCALE.vendors}::int) AS i`;
      await tx.$executeRaw`
        INSERT INTO "BuyerService" (id, "tenantId", "vendorId", name, systems, "dataTypes", regions, locations, criticality, "createdAt", "updatedAt")
        SELECT gen_random_uuid(), v."tenantId", v.id, 'Service of ' || v."legalName", ARRAY['crm'], ARRAY['customer_pii'],
               ARRAY[(ARRAY['EU','UK','US','APAC'])[1 + (hashtext(v.id::text) & 3)]], ARRAY[]::text[], 'high', now(), now()
        FROM "Vendor" v WHERE v."tenantId" = ${tid}::uuid`;
      // Half the vendors have a confirmed ISO certificate, so the list's evidence join has real work.
      await tx.$executeRaw`
        INSERT INTO "Document" (id, "tenantId", "vendorId", kind, filename, "fileKey", sha256, "sizeBytes", "mimeType", "parseStatus", "uploadedAt")
        SELECT gen_random_uuid(), v."tenantId", v.id, 'iso_certificate', 'iso27001.pdf', 'bench/' || v.id, repeat('0', 64), 1000, 'application/pdf', 'parsed', now()
        FROM "Vendor" v WHERE v."tenantId" = ${tid}::uuid AND hashtext(v.id::text) & 1 = 0`;
      await tx.$executeRaw`
        INSERT INTO "IsoCertificate" (id, "tenantId", "documentId", holder, standard, "expiryDate", sites, citations)
        SELECT gen_random_uuid(), d."tenantId", d.id, 'Holder', 'ISO/IEC 27001', DATE '2026-06-01' + (hashtext(d.id::text) & 511), ARRAY[]::text[], '{}'
        FROM "Document" d WHERE d."tenantId" = ${tid}::uuid`;
      // Their stored evidence currency (what confirming the facts writes: a certificate covers through its expiry).
      await tx.$executeRaw`
        UPDATE "Vendor" v SET "evidenceCoveredUntil" = c."expiryDate", "evidenceCurrencyAt" = now(),
               "evidenceCurrency" = jsonb_build_array(jsonb_build_object('documentId', d.id, 'family', 'iso:ISO/IEC 27001',
                 'label', 'ISO/IEC 27001 certificate', 'coveredUntil', c."expiryDate"::text))
        FROM "Document" d JOIN "IsoCertificate" c ON c."tenantId" = d."tenantId" AND c."documentId" = d.id
        WHERE d."tenantId" = ${tid}::uuid AND v."tenantId" = d."tenantId" AND v.id = d."vendorId"`;
      await tx.$executeRaw`
        INSERT INTO "Gap" (id, "tenantId", "vendorId", "serviceId", key, "checkId", subject, severity, title, detail, "ownerRole", "dueDate", status, "firstSeenAt", "lastSeenAt", "updatedAt")
        SELECT gen_random_uuid(), v."tenantId", v.id, NULL, v.id || ':check-' || g, 'check-' || g, 'subject ' || g,
               (ARRAY['critical','high','medium','medium','low'])[1 + (hashtext(v.id::text || g) & 3) + (g % 2)]::"GapSeverity",
               'Gap ' || g || ' of ' || v."legalName", 'Synthetic gap for the load benchmark.', 'security',
               DATE '2026-10-01' + ((hashtext(v.id::text) + g) & 255),
               (ARRAY['open','open','in_progress','resolved','risk_accepted'])[1 + (g % 5)]::"GapStatus", now(), now(), now()
        FROM "Vendor" v CROSS JOIN generate_series(1, ${SCALE.gapsPerVendor}::int) AS g WHERE v."tenantId" = ${tid}::uuid`;
      return tid;
    },
    { timeout: 300_000, maxWait: 10_000 },
  );
  // Fresh statistics, as autovacuum would eventually give: the planner otherwise guesses row counts.
  for (const table of ["Vendor", "BuyerService", "Document", "IsoCertificate", "Gap"])
    await db.$executeRawUnsafe(`ANALYZE "${table}"`);
  console.error(
    `[seed-scale] ${SCALE.vendors} vendors, ${SCALE.vendors * SCALE.gapsPerVendor} gaps in ${Math.round(performance.now() - t0)} ms`,
  );
  return { tenantId, created: true };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  seedScale()
    .then(async ({ created }) => {
      if (!created) console.error(`[seed-scale] tenant ${BENCH_TENANT.slug} already present; left as it is`);
      console.log(`Bench sign-ins (password ${BENCH_PASSWORD}): ${BENCH_USERS.map((u) => u.email).join(", ")}`);
      await db.$disconnect();
      process.exit(0);
    })
    .catch(async (err: unknown) => {
      console.error(`[seed-scale] failed: ${err instanceof Error ? err.message : String(err)}`);
      await db.$disconnect();
      process.exit(1);
    });
}
