-- A parse whose previous attempt did not finish (its instance died or stopped, or the database or
-- storage failed for a moment) waits for another attempt as `retrying`, so people see it is being
-- taken care of rather than "parsing" forever. Claimed like `queued` (lib/evidence/documents/mutations.ts).
ALTER TYPE "ParseStatus" ADD VALUE IF NOT EXISTS 'retrying';
