-- Documents over time (docs/decisions/021): gaps remember that they repeat across reports and why a
-- re-score closed them; a wrong upload is soft-deleted (its gaps become `withdrawn`, not resolved);
-- next year's document supersedes last year's. No new table: the existing RLS policies on "Gap" and
-- "Document" cover the new columns.
ALTER TYPE "GapStatus" ADD VALUE IF NOT EXISTS 'withdrawn';

ALTER TABLE "Gap" ADD COLUMN "repeat" BOOLEAN NOT NULL DEFAULT false,
                  ADD COLUMN "closedReason" TEXT;

ALTER TABLE "Document" ADD COLUMN "deletedAt" TIMESTAMP(3),
                       ADD COLUMN "deletedById" UUID,
                       ADD COLUMN "deleteReason" TEXT,
                       ADD COLUMN "supersededById" UUID,
                       ADD COLUMN "supersededAt" TIMESTAMP(3);
