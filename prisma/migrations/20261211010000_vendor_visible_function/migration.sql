-- The vendor page's not-found check (app/(app)/vendors/[vendorId]/layout.tsx) in one statement instead
-- of a transaction of four (BEGIN, the tenant setting, the read, COMMIT): docs/decisions/043, the
-- same pattern as assay_private.session_standing (docs/decisions/039).
-- SECURITY INVOKER: the read runs as the caller, so for the app's restricted role row-level security
-- applies exactly as in withTenant(); the tenant is set first (PL/pgSQL runs its statements in
-- order) and only for this statement's own transaction (set_config(..., true)).
CREATE OR REPLACE FUNCTION assay_private.vendor_visible(claimed_tenant uuid, vendor_id uuid)
  RETURNS boolean
  LANGUAGE plpgsql VOLATILE SECURITY INVOKER
  SET search_path = pg_catalog, public
AS $$
BEGIN
  PERFORM set_config('app.tenant_id', claimed_tenant::text, true);
  RETURN EXISTS (SELECT 1 FROM "Vendor" v WHERE v."tenantId" = claimed_tenant AND v.id = vendor_id);
END $$;

-- EXECUTE stays granted to PUBLIC (the default), as for session_standing: as SECURITY INVOKER it gives
-- a caller no right it does not already have.
