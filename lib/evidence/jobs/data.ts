import "server-only";
import { systemDb } from "@/lib/db";
import { Prisma } from "@/prisma/generated/client";

/**
 * A document a parse turn may take: queued, or given back and past its retry time (a passing
 * failure waits PARSE_RETRY_DELAY_S; a hand-back or a swept claim has no retry time). Unqualified
 * columns, so it reads the innermost "Document" of the query it is placed in.
 */
export const CLAIMABLE = Prisma.sql`("parseStatus" = 'queued' OR ("parseStatus" = 'retrying'
  AND COALESCE(("extraction"->'_job'->>'retryAt')::timestamptz, '-infinity') <= now()))`;

/**
 * The fair-share rule (docs/decisions/027): true when this organisation already has a parse
 * running and another organisation has a document waiting with fewer parses running, so this
 * turn should go to the back of the line. Cross-tenant by nature and answers only yes/no. Not
 * atomic with the claim: two workers deciding at once may both go ahead; that costs a little
 * fairness for a moment, never correctness (the claim itself is exclusive).
 */
export async function othersWaitingWithFewerParses(tenantId: string): Promise<boolean> {
  const [row] = await systemDb.$queryRaw<Array<{ yield: boolean }>>`
    WITH load AS (
      SELECT "tenantId",
             count(*) FILTER (WHERE "parseStatus" = 'parsing') AS "running",
             bool_or(${CLAIMABLE}) AS "waiting"
        FROM "Document"
       WHERE "parseStatus" IN ('queued', 'retrying', 'parsing')
       GROUP BY "tenantId")
    SELECT EXISTS (
      SELECT 1 FROM load o
       WHERE o."tenantId" <> ${tenantId}::uuid AND o."waiting"
         AND o."running" < (SELECT l."running" FROM load l WHERE l."tenantId" = ${tenantId}::uuid)
    ) AS "yield"`;
  return row?.yield ?? false;
}

/**
 * Which of these storage keys a Document row (or a kept page image's row) still points at. Deliberately not tenant-scoped: the
 * orphan sweep is system housekeeping over the whole store, and it learns only yes/no per key it
 * already holds.
 */
export async function findKnownFileKeys(keys: string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const [documents, pageImages] = await Promise.all([
    systemDb.document.findMany({ where: { fileKey: { in: keys } }, select: { fileKey: true } }),
    // A document's kept page images (docs/decisions/041) live in the same store.
    systemDb.documentPageImage.findMany({ where: { fileKey: { in: keys } }, select: { fileKey: true } }),
  ]);
  return new Set([...documents, ...pageImages].map((r) => r.fileKey));
}
