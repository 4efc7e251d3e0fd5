-- The parse queue reads documents by status: every parse turn (which organisation has documents
-- waiting and how many parses each runs, docs/decisions/027), the stale-claim sweep every few
-- seconds and the queue gauges. Without this they scan every document ever uploaded.
CREATE INDEX "Document_parseStatus_tenantId_idx" ON "Document"("parseStatus", "tenantId");
