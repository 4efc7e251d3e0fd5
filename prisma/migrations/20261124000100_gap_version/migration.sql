-- Optimistic concurrency for gap triage: a save names the version it was made from and loses (409)
-- if the gap changed since. The trigger bumps the version on every UPDATE, whoever makes it (a
-- person's triage or a re-score), so no writer can forget to.
ALTER TABLE "Gap" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;

CREATE OR REPLACE FUNCTION assay_private.bump_version() RETURNS trigger AS $$
BEGIN
  NEW."version" := OLD."version" + 1;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Gap_bump_version" BEFORE UPDATE ON "Gap" FOR EACH ROW EXECUTE FUNCTION assay_private.bump_version();
