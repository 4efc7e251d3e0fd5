import "server-only";
import { systemDb, withTenant } from "@/lib/db";
import { Prisma, type DocumentKind } from "@/prisma/generated/client";
import { CLAIMABLE } from "./data";

// ---- Parse claims -------------------------------------------------------------------------------
// The claim lives on the Document row itself: parseStatus goes queued → parsing with a conditional
// UPDATE, so of any number of workers (or retried jobs) exactly one wins. Claim bookkeeping (a
// random token, the time, the attempt count, which worker) sits under `extraction._job` because the
// schema has no columns for it; the token makes the final write conditional too, so a worker whose
// claim was swept as stale cannot overwrite the next attempt's result.

export type ParseClaim = {
  documentId: string;
  tenantId: string;
  token: string;
  attempts: number;
  fileKey: string;
  filename: string;
  mimeType: string;
};

/** The SET list of a claim on `"Document" d`: parsing, with this claim's bookkeeping and one more attempt. */
function claimedBy(token: string, worker: string): Prisma.Sql {
  return Prisma.sql`"parseStatus" = 'parsing',
           "extraction" = jsonb_build_object('_job', jsonb_build_object(
             'token', ${token}::text,
             'claimedAt', to_jsonb(now()),
             'heartbeatAt', to_jsonb(now()),
             'worker', ${worker}::text,
             'attempts', COALESCE((d."extraction"->'_job'->>'attempts')::int, 0) + 1))`;
}

export async function claimParse(
  documentId: string,
  tenantId: string,
  token: string,
  worker: string,
): Promise<ParseClaim | null> {
  const rows = await withTenant(
    tenantId,
    (tx) => tx.$queryRaw<Array<{ fileKey: string; filename: string; mimeType: string; attempts: number }>>`
    UPDATE "Document" d
       SET ${claimedBy(token, worker)}
     WHERE d."id" = ${documentId}::uuid AND d."tenantId" = ${tenantId}::uuid AND d."parseStatus" IN ('queued', 'retrying')
 RETURNING d."fileKey", d."filename", d."mimeType", (d."extraction"->'_job'->>'attempts')::int AS "attempts"`,
  );
  const row = rows[0];
  return row ? { documentId, tenantId, token, ...row } : null;
}

/**
 * A parse turn of one organisation (docs/decisions/027): claims its oldest claimable document, if
 * any. The row lock (FOR UPDATE SKIP LOCKED) lets turns of the same organisation running at once
 * on several instances each take a different document instead of queueing on one; the status
 * check in the UPDATE keeps the claim exclusive as in claimParse. `more` says whether another
 * document of the organisation is still claimable, i.e. whether it needs another turn.
 */
export async function claimNextParse(
  tenantId: string,
  token: string,
  worker: string,
): Promise<(ParseClaim & { more: boolean }) | null> {
  const rows = await withTenant(
    tenantId,
    (tx) => tx.$queryRaw<
      Array<{
        documentId: string;
        fileKey: string;
        filename: string;
        mimeType: string;
        attempts: number;
        more: boolean;
      }>
    >`
    WITH next AS (
      SELECT "id" FROM "Document"
       WHERE "tenantId" = ${tenantId}::uuid AND ${CLAIMABLE}
       ORDER BY "uploadedAt", "id"
       LIMIT 1
       FOR UPDATE SKIP LOCKED)
    UPDATE "Document" d
       SET ${claimedBy(token, worker)}
      FROM next
     WHERE d."id" = next."id" AND d."parseStatus" IN ('queued', 'retrying')
 RETURNING d."id"::text AS "documentId", d."fileKey", d."filename", d."mimeType",
           (d."extraction"->'_job'->>'attempts')::int AS "attempts",
           EXISTS (SELECT 1 FROM "Document"
                    WHERE "tenantId" = ${tenantId}::uuid AND "id" <> d."id" AND ${CLAIMABLE}) AS "more"`,
  );
  const row = rows[0];
  return row ? { tenantId, token, ...row } : null;
}

export type ParseOutcome =
  | { ok: true; kind: DocumentKind; pages: number; extraction: Prisma.InputJsonObject }
  | { ok: false; code: string; message: string; extraction: Prisma.InputJsonObject };

/**
 * Writes the result and its audit event in one transaction, only if this claim still holds.
 * Returns false when the claim was lost (swept as stale and taken by another attempt).
 */
export async function finishParse(claim: ParseClaim, outcome: ParseOutcome, finishedBy: string): Promise<boolean> {
  const job = {
    token: claim.token,
    attempts: claim.attempts,
    worker: finishedBy,
    finishedAt: new Date().toISOString(),
  };
  const extraction = { ...outcome.extraction, _job: job };
  return withTenant(claim.tenantId, async (tx) => {
    const { count } = await tx.document.updateMany({
      where: {
        id: claim.documentId,
        tenantId: claim.tenantId,
        parseStatus: "parsing",
        extraction: { path: ["_job", "token"], equals: claim.token },
      },
      data: outcome.ok
        ? {
            parseStatus: "parsed",
            kind: outcome.kind,
            pages: outcome.pages,
            parsedAt: new Date(),
            parseErrorCode: null,
            parseError: null,
            extraction,
          }
        : {
            parseStatus: "failed",
            parseErrorCode: outcome.code,
            parseError: outcome.message,
            parsedAt: new Date(),
            extraction,
          },
    });
    if (count === 0) return false;
    await tx.auditEvent.create({
      data: {
        tenantId: claim.tenantId,
        actorId: null, // the system did this, not a person
        action: outcome.ok ? "document.parse.succeeded" : "document.parse.failed",
        entityType: "Document",
        entityId: claim.documentId,
        data: outcome.ok
          ? { kind: outcome.kind, pages: outcome.pages, attempt: claim.attempts, worker: finishedBy }
          : { code: outcome.code, attempt: claim.attempts, worker: finishedBy },
      },
    });
    return true;
  });
}

/**
 * Gives a claim back so another attempt can take it: after a transient failure (database or storage
 * hiccup), or when this process stops before the parse finished. `refund` leaves the attempt
 * uncounted (a shutdown is not the document's fault). `retryAfterSeconds` keeps parse turns off the
 * document until then (a claim by id, processParseJob, ignores it).
 */
export async function releaseParse(
  claim: ParseClaim,
  opts: { refund?: boolean; retryAfterSeconds?: number } = {},
): Promise<void> {
  const attempts = opts.refund ? claim.attempts - 1 : claim.attempts;
  const wait = opts.retryAfterSeconds ?? 0;
  await withTenant(
    claim.tenantId,
    (tx) => tx.$executeRaw`
    UPDATE "Document" SET "parseStatus" = 'retrying',
           "extraction" = jsonb_set(jsonb_set("extraction", '{_job,attempts}', to_jsonb(${attempts}::int)),
                                    '{_job,retryAt}', to_jsonb(now() + make_interval(secs => ${wait}::float8)))
     WHERE "id" = ${claim.documentId}::uuid AND "tenantId" = ${claim.tenantId}::uuid
       AND "parseStatus" = 'parsing' AND "extraction"->'_job'->>'token' = ${claim.token}::text`,
  );
}

/**
 * Renews a running parse's lease (the sweep takes over parses whose heartbeat is older than the
 * lease). Returns false when the claim is no longer ours (taken over meanwhile).
 */
export async function heartbeatParse(claim: ParseClaim): Promise<boolean> {
  const count = await withTenant(
    claim.tenantId,
    (tx) => tx.$executeRaw`
    UPDATE "Document" SET "extraction" = jsonb_set("extraction", '{_job,heartbeatAt}', to_jsonb(now()))
     WHERE "id" = ${claim.documentId}::uuid AND "tenantId" = ${claim.tenantId}::uuid
       AND "parseStatus" = 'parsing' AND "extraction"->'_job'->>'token' = ${claim.token}::text`,
  );
  return count > 0;
}

export type SweepResult = {
  requeued: Array<{ id: string; tenantId: string; worker: string | null; heartbeatAt: string | null }>;
  failed: string[];
  unsent: Array<{ id: string; tenantId: string }>;
};

/**
 * Finds parses a killed or hung worker left behind. A `parsing` claim whose lease ran out (no
 * heartbeat for `staleAfterMs`) goes to `retrying` (to be enqueued again) unless it has used up
 * `maxAttempts`, in which case it ends `failed` for good: a file that kills the reader every time
 * must not be retried forever. Also returns `queued` documents older than `unsentAfterMs` whose job
 * was never sent (the app stopped between commit and enqueue), and `retrying` ones left waiting
 * that long. Cross-tenant on purpose: this is the system's own housekeeping and returns only ids.
 */
export async function sweepStaleParses(opts: {
  staleAfterMs: number;
  maxAttempts: number;
  unsentAfterMs: number;
  failMessage: string;
}): Promise<SweepResult> {
  const staleSeconds = opts.staleAfterMs / 1000;
  const unsentSeconds = opts.unsentAfterMs / 1000;
  return systemDb.$transaction(async (tx) => {
    const failed = await tx.$queryRaw<Array<{ id: string; tenantId: string; attempts: number }>>`
      UPDATE "Document"
         SET "parseStatus" = 'failed', "parseErrorCode" = 'interrupted', "parseError" = ${opts.failMessage}::text, "parsedAt" = now()
       WHERE "parseStatus" = 'parsing'
         AND COALESCE("extraction"->'_job'->>'heartbeatAt', "extraction"->'_job'->>'claimedAt')::timestamptz < now() - make_interval(secs => ${staleSeconds}::float8)
         AND COALESCE(("extraction"->'_job'->>'attempts')::int, 0) >= ${opts.maxAttempts}::int
   RETURNING "id"::text AS "id", "tenantId"::text AS "tenantId", ("extraction"->'_job'->>'attempts')::int AS "attempts"`;
    for (const f of failed) {
      await tx.auditEvent.create({
        data: {
          tenantId: f.tenantId,
          actorId: null,
          action: "document.parse.failed",
          entityType: "Document",
          entityId: f.id,
          data: { code: "interrupted", attempt: f.attempts },
        },
      });
    }
    const requeued = await tx.$queryRaw<
      Array<{ id: string; tenantId: string; worker: string | null; heartbeatAt: string | null }>
    >`
      UPDATE "Document" SET "parseStatus" = 'retrying'
       WHERE "parseStatus" = 'parsing'
         AND COALESCE("extraction"->'_job'->>'heartbeatAt', "extraction"->'_job'->>'claimedAt')::timestamptz < now() - make_interval(secs => ${staleSeconds}::float8)
   RETURNING "id"::text AS "id", "tenantId"::text AS "tenantId", "extraction"->'_job'->>'worker' AS "worker",
             COALESCE("extraction"->'_job'->>'heartbeatAt', "extraction"->'_job'->>'claimedAt') AS "heartbeatAt"`;
    const unsent = await tx.$queryRaw<Array<{ id: string; tenantId: string }>>`
      SELECT "id"::text AS "id", "tenantId"::text AS "tenantId" FROM "Document"
       WHERE ("parseStatus" = 'queued' AND "uploadedAt" < now() - make_interval(secs => ${unsentSeconds}::float8))
          OR ("parseStatus" = 'retrying'
              AND COALESCE("extraction"->'_job'->>'heartbeatAt', "extraction"->'_job'->>'claimedAt')::timestamptz < now() - make_interval(secs => ${unsentSeconds}::float8))
       LIMIT 500`;
    const requeuedIds = new Set(requeued.map((r) => r.id));
    return { requeued, failed: failed.map((f) => f.id), unsent: unsent.filter((u) => !requeuedIds.has(u.id)) };
  });
}
