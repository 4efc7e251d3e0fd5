-- Issue #14: API tokens for an organisation's automation (docs/decisions/019-api-tokens.md).
-- Only the SHA-256 of a token is stored; the token itself is shown to the admin once.
CREATE TABLE "ApiToken" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "revokedById" UUID,

    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "ApiToken_scope_check" CHECK ("scope" IN ('read', 'read_upload'))
);

CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");
CREATE INDEX "ApiToken_tenantId_createdAt_idx" ON "ApiToken"("tenantId", "createdAt");

ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Tenant-owned: the same row-level security as every other tenant table. A bearer token is looked
-- up with its organisation (named in the token) set as the tenant, so a token whose tenant part was
-- altered finds no row.
ALTER TABLE "ApiToken" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ApiToken" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "ApiToken" USING ("tenantId" = (SELECT assay_private.current_tenant())) WITH CHECK ("tenantId" = (SELECT assay_private.current_tenant()));
CREATE POLICY system_access ON "ApiToken" TO CURRENT_USER USING (true) WITH CHECK (true);
