-- Archived vendors leave lists and reminders but keep their documents, gaps and history;
-- retired buyer services stay on record (their gaps and decisions cite them) but are no longer scored.
ALTER TABLE "Vendor" ADD COLUMN "archivedAt" TIMESTAMP(3);
ALTER TABLE "BuyerService" ADD COLUMN "retiredAt" TIMESTAMP(3);

-- The vendor list filters on it first: most vendors are not archived.
CREATE INDEX "Vendor_tenantId_archivedAt_idx" ON "Vendor"("tenantId", "archivedAt");
