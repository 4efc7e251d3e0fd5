-- The tenant policies compare against a scalar subquery instead of calling current_tenant() directly.
-- With bind parameters (every Prisma query) the planner could not fold the call into a one-time
-- filter and evaluated current_setting() once per row: a 50,000-gap count took ~12 ms instead of
-- ~4. `(SELECT …)` becomes an InitPlan, evaluated once per statement, and the per-row check is a
-- plain uuid comparison (measured in the note on issue #7).
DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY[
    'Membership', 'Vendor', 'BuyerService', 'Document', 'SocReport', 'SocException', 'Cuec',
    'SubserviceOrg', 'BridgeLetter', 'IsoCertificate', 'Subprocessor', 'FactCorrection',
    'CriteriaSet', 'Review', 'Gap', 'GapComment', 'OutboxMessage', 'AuditEvent'
  ] LOOP
    EXECUTE format(
      'ALTER POLICY tenant_isolation ON %I USING ("tenantId" = (SELECT assay_private.current_tenant())) WITH CHECK ("tenantId" = (SELECT assay_private.current_tenant()))',
      t);
  END LOOP;
END $$;

ALTER POLICY tenant_isolation ON "Tenant" USING (id = (SELECT assay_private.current_tenant())) WITH CHECK (id = (SELECT assay_private.current_tenant()));
