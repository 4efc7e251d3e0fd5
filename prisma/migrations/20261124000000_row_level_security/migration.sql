-- Row-level security on every tenant-owned table (docs/decisions/007-row-level-security.md).
-- The app's requests connect as a restricted role (not owner, not superuser, no BYPASSRLS) and set
-- `app.tenant_id` per transaction; a row is visible or writable only when its tenant matches.
-- With no tenant set the setting is NULL (or '' once a transaction that set it has ended on that
-- connection), the comparison is NULL, and nothing is visible.
-- FORCE makes the policies bind the table owner too; the owner (the role that runs migrations and
-- the cross-tenant system work: login, queue sweeps, seed, backup) gets its own explicit policy,
-- so its rights are written down here instead of coming from an implicit owner bypass.

CREATE SCHEMA IF NOT EXISTS assay_private;

-- STABLE and parameter-free: PostgreSQL evaluates it once per statement and can use it in an
-- index condition, so `"tenantId" = assay_private.current_tenant()` costs what a literal would.
CREATE OR REPLACE FUNCTION assay_private.current_tenant() RETURNS uuid
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid $$;

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY[
    'Membership', 'Vendor', 'BuyerService', 'Document', 'SocReport', 'SocException', 'Cuec',
    'SubserviceOrg', 'BridgeLetter', 'IsoCertificate', 'Subprocessor', 'FactCorrection',
    'CriteriaSet', 'Review', 'Gap', 'GapComment', 'OutboxMessage', 'AuditEvent'
  ] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY tenant_isolation ON %I USING ("tenantId" = assay_private.current_tenant()) WITH CHECK ("tenantId" = assay_private.current_tenant())',
      t);
    EXECUTE format('CREATE POLICY system_access ON %I TO CURRENT_USER USING (true) WITH CHECK (true)', t);
  END LOOP;
END $$;

-- A tenant row is visible to its own members' requests only (its name is shown in the header).
ALTER TABLE "Tenant" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Tenant" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Tenant" USING (id = assay_private.current_tenant()) WITH CHECK (id = assay_private.current_tenant());
CREATE POLICY system_access ON "Tenant" TO CURRENT_USER USING (true) WITH CHECK (true);

-- How many organisations each person belongs to, and nothing else about the others: an admin
-- must know that disabling an account would lock the person out elsewhere too. SECURITY DEFINER
-- runs it as the owner (policy system_access), so the restricted role learns a count, no rows.
CREATE OR REPLACE FUNCTION assay_private.membership_counts(user_ids uuid[])
  RETURNS TABLE ("userId" uuid, n int)
  LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = pg_catalog, public
  AS $$ SELECT m."userId", count(*)::int FROM "Membership" m WHERE m."userId" = ANY(user_ids) GROUP BY m."userId" $$;
REVOKE ALL ON FUNCTION assay_private.membership_counts(uuid[]) FROM PUBLIC;
