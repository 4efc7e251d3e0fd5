-- Audit events are evidence: once written they can be neither changed nor removed, whoever asks.
-- Helper functions live in their own schema: Prisma's schema describer only reads "public" (and
-- panics on plpgsql functions it finds there), so `npm run db:new` keeps working.
CREATE SCHEMA IF NOT EXISTS assay_private;

CREATE OR REPLACE FUNCTION assay_private.refuse_audit_change() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'AuditEvent is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "AuditEvent_append_only"
  BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION assay_private.refuse_audit_change();

CREATE TRIGGER "AuditEvent_no_truncate"
  BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION assay_private.refuse_audit_change();
