-- The per-request session check in one statement instead of a transaction of four (BEGIN, the
-- tenant setting, the read, COMMIT): docs/decisions/039-one-statement-session-check.md.
-- SECURITY INVOKER (the default, written out): the read runs as the caller, so for the app's
-- restricted role row-level security applies exactly as in withTenant(). PL/pgSQL runs its
-- statements in order, so the tenant is set before the read. The setting is transaction-local
-- (set_config(..., true)); called on its own, the statement is its own transaction, and the setting
-- ends with it, as withTenant()'s does with its COMMIT.
CREATE OR REPLACE FUNCTION assay_private.session_standing(claimed_tenant uuid, claimed_user uuid, session_id text)
  RETURNS TABLE (
    role text,
    "tenantId" uuid,
    "tenantName" text,
    "userId" uuid,
    name text,
    email text,
    "disabledAt" timestamp(3),
    "sessionEpoch" timestamp(3),
    unread int,
    "mfaEnabledAt" timestamp(3),
    "requireMfa" boolean,
    "sessionRevoked" boolean
  )
  LANGUAGE plpgsql VOLATILE SECURITY INVOKER
  SET search_path = pg_catalog, public
AS $$
#variable_conflict use_column
BEGIN
  PERFORM set_config('app.tenant_id', claimed_tenant::text, true);
  -- Disabled state and revocation come from the membership (this organisation's admin) and the
  -- user (the person's password change), whichever is later; one signed-out session by its sid.
  RETURN QUERY
    SELECT m.role::text, t.id, t.name, u.id, u.name, u.email, m."disabledAt",
           GREATEST(u."sessionEpoch", m."sessionEpoch"),
           (SELECT count(*)::int FROM "OutboxMessage" o
             WHERE o."tenantId" = m."tenantId" AND o."userId" = m."userId" AND o."readAt" IS NULL),
           u."mfaEnabledAt", t."requireMfa",
           EXISTS (SELECT 1 FROM "RevokedSession" r WHERE r.sid = session_id)
    FROM "Membership" m
    JOIN "Tenant" t ON t.id = m."tenantId"
    JOIN "User" u ON u.id = m."userId"
    WHERE m."tenantId" = claimed_tenant AND m."userId" = claimed_user;
END $$;

-- EXECUTE stays granted to PUBLIC (the default): as SECURITY INVOKER it gives a caller no right it
-- does not already have, and an operator-provided APP_DATABASE_URL role can call it without a grant.
