-- SSO (#14): one OpenID Connect connection per organisation.
CREATE TABLE "SsoConnection" (
    "tenantId" UUID NOT NULL,
    "issuer" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "clientSecret" TEXT NOT NULL,
    "allowedDomains" TEXT[],
    "defaultRole" "Role" NOT NULL DEFAULT 'viewer',
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SsoConnection_pkey" PRIMARY KEY ("tenantId")
);

ALTER TABLE "SsoConnection" ADD CONSTRAINT "SsoConnection_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Finding the organisation of an e-mail domain at sign-in.
CREATE INDEX "SsoConnection_allowedDomains_idx" ON "SsoConnection" USING GIN ("allowedDomains");

-- Tenant-owned: the same row-level security as every other tenant table. Sign-in (before any
-- tenant is known) reads it on the owner connection.
ALTER TABLE "SsoConnection" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "SsoConnection" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "SsoConnection" USING ("tenantId" = (SELECT assay_private.current_tenant())) WITH CHECK ("tenantId" = (SELECT assay_private.current_tenant()));
CREATE POLICY system_access ON "SsoConnection" TO CURRENT_USER USING (true) WITH CHECK (true);
