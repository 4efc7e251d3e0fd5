import "server-only";
import { randomUUID } from "node:crypto";
import { claimParse, finishParse, heartbeatParse, releaseParse, type ParseClaim, type ParseOutcome } from "./mutations";
import { parseDocumentFacts } from "@/lib/evidence/facts/model";
import { openingPage } from "@/lib/evidence/facts/model/opening-page";
import { keepPageImage } from "@/lib/evidence/page-images/kept";
import { extractDocument, type ExtractionResult } from "@/lib/extraction";
import type { BlobStore } from "@/lib/storage/blob-store";
import { BlobNotFoundError } from "@/lib/storage/blob-store";
import { BlobIntegrityError } from "@/lib/storage/envelope";
import { getBlobStore } from "@/lib/storage/get-blob-store";
import { getLogger } from "@/lib/observability/logger.mjs";
import { parseDuration, parseEvents, parseFailures } from "@/lib/observability/job-metrics";
import { leaseSettings, PARSE_RETRY_DELAY_S } from "./lease";
import { workerId } from "./worker-id";

export const MAX_PARSE_ATTEMPTS = 3;

/** Parses running in this process, so a stop can wait for them or hand them back. */
type InFlight = { claim: ParseClaim; done: Promise<unknown>; handedBack: boolean };
const globalForParses = globalThis as unknown as { assayParses?: Map<string, InFlight> };
const inFlight = (globalForParses.assayParses ??= new Map());

export function parsesInFlight(): number {
  return inFlight.size;
}

/** Resolves when no parse is running in this process, or at `deadline` (a Date.now() value). */
export async function waitForParses(deadline: number): Promise<void> {
  while (inFlight.size > 0 && Date.now() < deadline) {
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.allSettled([...inFlight.values()].map((p) => p.done)),
      new Promise((r) => (timer = setTimeout(r, Math.max(0, deadline - Date.now())))),
    ]);
    clearTimeout(timer);
  }
}

/**
 * Gives every still-running parse back (`retrying`, attempt not counted) so another instance takes
 * it; their results, if they still arrive, are dropped. Returns the documents to re-send.
 */
export async function handBackParses(): Promise<ParseClaim[]> {
  const back: ParseClaim[] = [];
  for (const entry of inFlight.values()) {
    if (entry.handedBack) continue;
    entry.handedBack = true;
    await releaseParse(entry.claim, { refund: true });
    parseEvents.inc({ event: "handed_back" });
    getLogger().info(
      { event: "handed_back", documentId: entry.claim.documentId, attempt: entry.claim.attempts },
      "parse handed back: this process is stopping",
    );
    back.push(entry.claim);
  }
  return back;
}

export type ParseJobDeps = {
  store?: BlobStore;
  extract?: (input: { bytes: Uint8Array; filename: string; mimeType?: string }) => Promise<ExtractionResult>;
  worker?: string;
  /** false: do not draw the opening page's image (tests that count renderer processes). */
  keepOpeningPage?: boolean;
};

export type ParseJobResult = "parsed" | "failed" | "skipped";

/**
 * Parses one document, at most once. The conditional claim (queued → parsing) decides who works:
 * a second worker, a retried job or a duplicate send gets "skipped". Typed extractor failures
 * (password-protected, damaged, too large…) are final and stored with the extractor's message.
 * Unexpected errors give the claim back and rethrow so the queue retries, up to MAX_PARSE_ATTEMPTS.
 */
export async function processParseJob(
  documentId: string,
  tenantId: string,
  deps: ParseJobDeps = {},
): Promise<ParseJobResult> {
  const worker = deps.worker ?? workerId();
  const claim = await claimParse(documentId, tenantId, randomUUID(), worker);
  if (!claim) return "skipped";
  return processClaim(claim, deps, worker);
}

/**
 * Parses a document already claimed (by id above, or by an organisation's turn in ./turn.ts): keeps
 * its lease alive, records the result, and registers it so a stop can wait for it or hand it back.
 */
export async function processClaim(claim: ParseClaim, deps: ParseJobDeps, worker: string): Promise<ParseJobResult> {
  const log = getLogger().child({ documentId: claim.documentId, attempt: claim.attempts, worker });
  log.info({ event: "claimed" }, "parse claimed");
  parseEvents.inc({ event: "claimed" });
  const t0 = performance.now();
  // The lease: while this runs, the claim's heartbeat is renewed; if this process dies, the sweep
  // of another one sees the heartbeat stop and takes the parse over (lib/evidence/jobs/sweep.ts).
  const beat = setInterval(() => {
    heartbeatParse(claim).catch((err: Error) => log.warn({ err: err.message }, "parse heartbeat failed"));
  }, leaseSettings().heartbeatMs);
  beat.unref();
  let settle!: () => void;
  const entry: InFlight = { claim, done: new Promise<void>((r) => (settle = r)), handedBack: false };
  inFlight.set(claim.token, entry);
  try {
    const result = await runClaimed(claim, deps, worker, entry);
    const ms = Math.round(performance.now() - t0);
    parseDuration.observe({ result }, ms / 1000);
    parseEvents.inc({ event: result });
    if (result === "parsed") log.info({ event: "parsed", ms }, `parsed in ${ms} ms`);
    else if (result === "skipped")
      log.info({ event: "skipped", ms }, "parse result dropped: the claim was taken over or handed back");
    return result;
  } catch (err) {
    parseEvents.inc({ event: "retried" });
    log.warn(
      { event: "retried", err: (err as Error)?.message ?? String(err) },
      "parse attempt failed; it will be retried",
    );
    throw err;
  } finally {
    clearInterval(beat);
    inFlight.delete(claim.token);
    settle();
  }
}

async function runClaimed(
  claim: ParseClaim,
  deps: ParseJobDeps,
  worker: string,
  entry: InFlight,
): Promise<ParseJobResult> {
  const { documentId } = claim;
  let bytes: Uint8Array;
  try {
    bytes = await (deps.store ?? getBlobStore()).get(claim.fileKey);
  } catch (err) {
    if (err instanceof BlobIntegrityError || err instanceof BlobNotFoundError) {
      // Retrying cannot fix a missing or tampered file: record it and stop.
      const message = "The stored file is missing or failed its integrity check. Upload the document again.";
      await finishParse(
        claim,
        { ok: false, code: "storage", message, extraction: { ok: false, error: { code: "storage", message } } },
        worker,
      );
      failed(documentId, claim.attempts, "storage", err.message);
      return "failed";
    }
    return giveBack(claim, err, worker);
  }

  // The media type without its parameters ("application/pdf; …" is a PDF).
  const mimeType = claim.mimeType.split(";")[0]!.trim();
  let result: ExtractionResult;
  try {
    const extract = deps.extract ?? extractDocument;
    result = await extract({ bytes, filename: claim.filename, mimeType });
    // Stored facts always match the fact schema; a mismatch is a bug in the extractor, retried then failed.
    if (result.ok) result = { ...result, document: parseDocumentFacts(result.document) };
  } catch (err) {
    if (entry.handedBack) return "skipped";
    return giveBack(claim, err, worker);
  }
  // Handed back during a stop: whatever the reader said (it may have been cut short), another
  // instance parses the document again; never record a result from a stopping process.
  if (entry.handedBack) return "skipped";

  // The page the review opens at, drawn once now (docs/decisions/041), before the document shows as read, so its
  // first view finds it. Bounded by the page renderer's own limits; a failure only costs the review the early image.
  if (result.ok && mimeType === "application/pdf" && deps.keepOpeningPage !== false)
    await keepPageImage(claim.tenantId, documentId, openingPage(result.document, result.pages), bytes, {
      store: deps.store,
    });
  const kept = await finishParse(claim, outcomeOf(result), worker);
  if (!kept) return "skipped"; // our claim was swept as stale meanwhile; the newer attempt owns the row
  if (!result.ok) failed(documentId, claim.attempts, result.error.code, result.error.message);
  return result.ok ? "parsed" : "failed";
}

function failed(documentId: string, attempt: number, code: string, reason: string) {
  parseFailures.inc({ code });
  getLogger().info({ event: "failed", documentId, attempt, code, reason }, `parse failed: ${reason}`);
}

function outcomeOf(result: ExtractionResult): ParseOutcome {
  // JSON round trip drops undefined values, which Prisma's Json input refuses.
  const extraction = JSON.parse(JSON.stringify(result));
  if (result.ok) return { ok: true, kind: result.doc_kind, pages: result.pages, extraction };
  return { ok: false, code: result.error.code, message: result.error.message, extraction };
}

async function giveBack(claim: ParseClaim, err: unknown, worker: string): Promise<never> {
  if (claim.attempts >= MAX_PARSE_ATTEMPTS) {
    getLogger().error(
      { documentId: claim.documentId, attempt: claim.attempts, err: (err as Error)?.message ?? String(err) },
      "parse attempt failed, giving up",
    );
    const message =
      "This document could not be read after several attempts. Try uploading it again; if it keeps failing, the file may be damaged.";
    await finishParse(
      claim,
      { ok: false, code: "internal", message, extraction: { ok: false, error: { code: "internal", message } } },
      worker,
    );
    failed(claim.documentId, claim.attempts, "internal", message);
  } else {
    await releaseParse(claim, { retryAfterSeconds: PARSE_RETRY_DELAY_S });
  }
  throw err;
}
