-- CreateIndex
CREATE INDEX "Gap_tenantId_severity_dueDate_title_idx" ON "Gap"("tenantId", "severity", "dueDate", "title");

-- CreateIndex
CREATE INDEX "Gap_tenantId_status_vendorId_severity_idx" ON "Gap"("tenantId", "status", "vendorId", "severity");
