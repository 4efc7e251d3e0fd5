-- Evidence currency is computed by lib/scoring (evidenceCurrency) and stored here; the dashboard,
-- reminders and vendor list read it instead of re-deriving staleness in SQL. Existing vendors start
-- uncomputed (evidenceCurrencyAt NULL) and are filled by scripts/backfill-currency.ts.

-- AlterTable
ALTER TABLE "Vendor" ADD COLUMN     "evidenceCoveredUntil" DATE,
ADD COLUMN     "evidenceCurrency" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "evidenceCurrencyAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Vendor_tenantId_evidenceCoveredUntil_idx" ON "Vendor"("tenantId", "evidenceCoveredUntil");
