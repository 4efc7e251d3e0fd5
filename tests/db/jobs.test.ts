import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import PDFDocument from "pdfkit";
import { afterAll, describe, expect, it } from "vitest";
import { systemDb as db } from "@/lib/db";
import { claimNextParse, claimParse } from "@/lib/evidence/jobs/mutations";
import { uploadDocument } from "@/lib/evidence/documents/upload";
import { extractDocument } from "@/lib/extraction";
import { handBackParses, MAX_PARSE_ATTEMPTS, processParseJob } from "@/lib/evidence/jobs/parse-job";
import { runParseSweep } from "@/lib/evidence/jobs/sweep";
import { takeParseTurn } from "@/lib/evidence/jobs/turn";
import { EncryptedBlobStore } from "@/lib/storage/encrypted-store";
import { parseKeyring } from "@/lib/storage/keyring";
import { LocalDiskStore } from "@/lib/storage/local-disk-store";
import { hasDb, makeTenant, makeVendor } from "./support";

// The parse handler called directly against real PostgreSQL, real encrypted files and the real
// extractor (PDFs made with pdfkit). No job is sent to pg-boss here (uploads use a recorder), so
// these tests never race the queue tests in jobs-queue.test.ts.
const roots: string[] = [];
afterAll(async () => {
  for (const r of roots) await fs.rm(r, { recursive: true, force: true });
});

function makePdf(lines: string[], opts: PDFKit.PDFDocumentOptions = {}): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument(opts);
    const chunks: Buffer[] = [];
    doc.on("data", (c: Buffer) => chunks.push(c));
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on("error", reject);
    lines.forEach((line, i) => {
      if (i > 0) doc.addPage();
      doc.text(line);
    });
    doc.end();
  });
}

const SOC2_LINES = [
  "SOC 2 Type II Report. Independent Service Auditor's Report on controls relevant to security.",
  "Section 4: tests of controls.",
];

async function setup() {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), "assay-jobs-"));
  roots.push(root);
  const store = new EncryptedBlobStore(new LocalDiskStore(root), parseKeyring());
  const actor = await makeTenant("analyst");
  const vendor = await makeVendor(actor);
  const upload = async (bytes: Uint8Array, filename: string) =>
    (await uploadDocument(actor, vendor.id, { bytes, filename }, { store, enqueue: async () => {} })).document.id;
  return { store, actor, vendor, upload };
}

const load = (id: string) => db.document.findUniqueOrThrow({ where: { id } });
const parseEvents = (id: string) =>
  db.auditEvent.findMany({ where: { entityId: id, action: { startsWith: "document.parse" } } });
const job = (extraction: unknown) => (extraction as { _job: { attempts: number; worker: string } })._job;

describe.skipIf(!hasDb)("processParseJob", () => {
  it("parses a PDF: kind, pages, extraction stored, one audit event", async () => {
    const { store, actor, upload } = await setup();
    const id = await upload(await makePdf(SOC2_LINES), "acme-soc2.pdf");
    expect(await processParseJob(id, actor.tenantId, { store, worker: "test-worker" })).toBe("parsed");
    const doc = await load(id);
    expect(doc).toMatchObject({
      parseStatus: "parsed",
      kind: "soc2_report",
      pages: 2,
      parseErrorCode: null,
      parseError: null,
    });
    expect(doc.parsedAt).toBeInstanceOf(Date);
    expect(doc.extraction).toMatchObject({ ok: true, doc_kind: "soc2_report", pages: 2, sha256: doc.sha256 });
    expect(job(doc.extraction)).toMatchObject({ attempts: 1, worker: "test-worker" });
    const events = await parseEvents(id);
    expect(events.map((e) => [e.action, e.actorId, e.tenantId])).toEqual([
      ["document.parse.succeeded", null, actor.tenantId],
    ]);
  });

  it("parses exactly once when two workers take the same job at the same time", async () => {
    const { store, actor, upload } = await setup();
    const id = await upload(await makePdf(SOC2_LINES), "acme-soc2.pdf");
    let extractions = 0;
    const counting = (input: Parameters<typeof extractDocument>[0]) => (extractions++, extractDocument(input));
    const results = await Promise.all([
      processParseJob(id, actor.tenantId, { store, extract: counting, worker: "w1" }),
      processParseJob(id, actor.tenantId, { store, extract: counting, worker: "w2" }),
    ]);
    expect(results.sort()).toEqual(["parsed", "skipped"]);
    expect(extractions).toBe(1);
    expect(await parseEvents(id)).toHaveLength(1);
    expect(job((await load(id)).extraction).attempts).toBe(1);
  });

  it("skips a document that is already parsed (a retried or duplicate job)", async () => {
    const { store, actor, upload } = await setup();
    const id = await upload(
      new TextEncoder().encode("# Sub-processors\n\n| Name | Purpose |\n|---|---|\n| AWS | Hosting |\n"),
      "subprocessors.md",
    );
    expect(await processParseJob(id, actor.tenantId, { store })).toBe("parsed");
    let called = false;
    expect(
      await processParseJob(id, actor.tenantId, {
        store,
        extract: async () => ((called = true), extractDocument({ bytes: new Uint8Array(), filename: "x" })),
      }),
    ).toBe("skipped");
    expect(called).toBe(false);
    expect(await parseEvents(id)).toHaveLength(1);
  });

  it("does not parse another tenant's document when given the wrong tenant id", async () => {
    const { store, upload } = await setup();
    const other = await makeTenant();
    const id = await upload(await makePdf(SOC2_LINES), "a.pdf");
    expect(await processParseJob(id, other.tenantId, { store })).toBe("skipped");
    expect((await load(id)).parseStatus).toBe("queued");
  });

  it.each([
    [
      "a password-protected PDF",
      () => makePdf(["secret"], { userPassword: "pw", pdfVersion: "1.7" }),
      "encrypted",
      /This PDF is password-protected/,
    ],
    ["a truncated PDF", async () => (await makePdf(SOC2_LINES)).subarray(0, 900), "corrupt", /damaged or incomplete/],
  ])("marks %s failed with the extractor's message", async (_label, make, code, message) => {
    const { store, actor, upload } = await setup();
    const id = await upload(await make(), "report.pdf");
    expect(await processParseJob(id, actor.tenantId, { store })).toBe("failed");
    const doc = await load(id);
    expect(doc).toMatchObject({ parseStatus: "failed", parseErrorCode: code, kind: "pending" });
    expect(doc.parseError).toMatch(message);
    expect((await parseEvents(id)).map((e) => [e.action, (e.data as { code: string }).code])).toEqual([
      ["document.parse.failed", code],
    ]);
  });

  it("fails for good (no retry) when the stored file is missing", async () => {
    const { store, actor, upload } = await setup();
    const id = await upload(await makePdf(SOC2_LINES), "a.pdf");
    await store.delete((await load(id)).fileKey);
    expect(await processParseJob(id, actor.tenantId, { store })).toBe("failed");
    expect(await load(id)).toMatchObject({ parseStatus: "failed", parseErrorCode: "storage" });
  });

  it(`gives the claim back on an unexpected error, then fails after ${MAX_PARSE_ATTEMPTS} attempts`, async () => {
    const { store, actor, upload } = await setup();
    const id = await upload(await makePdf(SOC2_LINES), "a.pdf");
    const boom = async (): Promise<never> => {
      throw new Error("parser process could not be started");
    };
    for (let attempt = 1; attempt < MAX_PARSE_ATTEMPTS; attempt++) {
      await expect(processParseJob(id, actor.tenantId, { store, extract: boom })).rejects.toThrow(
        /could not be started/,
      );
      const doc = await load(id);
      expect(doc.parseStatus).toBe("retrying");
      expect(job(doc.extraction).attempts).toBe(attempt);
    }
    await expect(processParseJob(id, actor.tenantId, { store, extract: boom })).rejects.toThrow();
    expect(await load(id)).toMatchObject({ parseStatus: "failed", parseErrorCode: "internal" });
    expect(await processParseJob(id, actor.tenantId, { store })).toBe("skipped");
  });
});

describe.skipIf(!hasDb)("stale-claim sweep", () => {
  /** A worker that claimed the document and was then killed: the claim stays, dated `minutesAgo`. */
  async function abandonedClaim(id: string, tenantId: string, minutesAgo: number) {
    expect(await claimParse(id, tenantId, crypto.randomUUID(), "killed-worker")).not.toBeNull();
    await db.$executeRaw`UPDATE "Document" SET "extraction" = jsonb_set(jsonb_set("extraction", '{_job,claimedAt}', to_jsonb(now() - make_interval(mins => ${minutesAgo}::int))), '{_job,heartbeatAt}', to_jsonb(now() - make_interval(mins => ${minutesAgo}::int))) WHERE "id" = ${id}::uuid`;
  }

  it("re-queues a parse whose worker died, and the next attempt parses it", async () => {
    const { store, actor, upload } = await setup();
    const id = await upload(await makePdf(SOC2_LINES), "a.pdf");
    await abandonedClaim(id, actor.tenantId, 60);
    expect(await processParseJob(id, actor.tenantId, { store })).toBe("skipped"); // a retried job cannot steal a live-looking claim

    const sent: string[] = [];
    const result = await runParseSweep({ staleAfterMs: 30 * 60_000, send: async (docId) => void sent.push(docId) });
    expect(result.requeued.map((r) => r.id)).toContain(id);
    expect(sent.filter((s) => s === id)).toHaveLength(1);
    expect((await load(id)).parseStatus).toBe("retrying");

    expect(await processParseJob(id, actor.tenantId, { store })).toBe("parsed");
    expect(job((await load(id)).extraction).attempts).toBe(2);
    expect(await parseEvents(id)).toHaveLength(1);
  });

  it("leaves a recent claim alone", async () => {
    const { actor, upload } = await setup();
    const id = await upload(await makePdf(SOC2_LINES), "a.pdf");
    await abandonedClaim(id, actor.tenantId, 1);
    const result = await runParseSweep({ staleAfterMs: 30 * 60_000, send: async () => {} });
    expect(result.requeued.map((r) => r.id)).not.toContain(id);
    expect((await load(id)).parseStatus).toBe("parsing");
  });

  it(`fails a document whose parse was interrupted ${MAX_PARSE_ATTEMPTS} times instead of retrying forever`, async () => {
    const { actor, upload } = await setup();
    const id = await upload(await makePdf(SOC2_LINES), "a.pdf");
    for (let i = 1; i <= MAX_PARSE_ATTEMPTS; i++) {
      await abandonedClaim(id, actor.tenantId, 60);
      const r = await runParseSweep({ staleAfterMs: 30 * 60_000, send: async () => {} });
      expect(i < MAX_PARSE_ATTEMPTS ? r.requeued.map((x) => x.id) : r.failed).toContain(id);
    }
    const doc = await load(id);
    expect(doc).toMatchObject({ parseStatus: "failed", parseErrorCode: "interrupted" });
    expect(doc.parseError).toMatch(/interrupted 3 times/);
    expect((await parseEvents(id)).map((e) => e.action)).toEqual(["document.parse.failed"]);
  });

  it("a swept worker that finishes late cannot overwrite the newer attempt", async () => {
    const { store, actor, upload } = await setup();
    const id = await upload(await makePdf(SOC2_LINES), "a.pdf");
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    // Worker 1 claims and hangs inside the extractor…
    const slow = processParseJob(id, actor.tenantId, {
      store,
      worker: "slow",
      extract: async (input) => (await gate, extractDocument(input)),
    });
    await expect.poll(async () => (await load(id)).parseStatus).toBe("parsing");
    // …its claim goes stale, the sweep re-queues it and worker 2 parses it.
    await db.$executeRaw`UPDATE "Document" SET "extraction" = jsonb_set("extraction", '{_job,heartbeatAt}', to_jsonb(now() - interval '1 hour')) WHERE "id" = ${id}::uuid`;
    await runParseSweep({ staleAfterMs: 30 * 60_000, send: async () => {} });
    expect(await processParseJob(id, actor.tenantId, { store, worker: "fresh" })).toBe("parsed");
    release();
    expect(await slow).toBe("skipped");
    expect(job((await load(id)).extraction).worker).toBe("fresh");
    expect(await parseEvents(id)).toHaveLength(1);
  });

  it("a stop past its deadline hands a running parse back: retrying, attempt not counted, never failed", async () => {
    const { store, actor, upload } = await setup();
    const id = await upload(await makePdf(SOC2_LINES), "a.pdf");
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const running = processParseJob(id, actor.tenantId, {
      store,
      worker: "stopping",
      extract: async (input) => (await gate, extractDocument(input)),
    });
    await expect.poll(async () => (await load(id)).parseStatus).toBe("parsing");
    expect((await handBackParses()).map((c) => c.documentId)).toEqual([id]);
    expect(await load(id)).toMatchObject({ parseStatus: "retrying" });
    expect(job((await load(id)).extraction).attempts).toBe(0);
    release(); // the reader answers after all: its result is dropped, not stored
    expect(await running).toBe("skipped");
    expect((await load(id)).parseStatus).toBe("retrying");
    expect(await processParseJob(id, actor.tenantId, { store, worker: "next" })).toBe("parsed");
    expect(job((await load(id)).extraction)).toMatchObject({ attempts: 1, worker: "next" });
    expect((await parseEvents(id)).map((e) => e.action)).toEqual(["document.parse.succeeded"]);
  });

  it("re-sends queued documents whose job was never sent", async () => {
    const { actor, upload } = await setup();
    const id = await upload(await makePdf(SOC2_LINES), "a.pdf");
    await db.document.update({ where: { id }, data: { uploadedAt: new Date(Date.now() - 10 * 60_000) } });
    const sent: Array<[string, string]> = [];
    await runParseSweep({
      staleAfterMs: 30 * 60_000,
      unsentAfterMs: 5 * 60_000,
      send: async (d, t) => void sent.push([d, t]),
    });
    expect(sent).toContainEqual([id, actor.tenantId]);
  });
});

describe.skipIf(!hasDb)("parse turns: fair share per organisation (docs/decisions/027)", () => {
  const md = (n: number) =>
    new TextEncoder().encode(`# Sub-processors ${n}\n\n| Name | Purpose |\n|---|---|\n| AWS | Hosting |\n`);
  /** Turns the test would have sent to pg-boss, recorded instead. */
  function recorder() {
    const sent: Array<[string, boolean]> = [];
    return {
      sent,
      sendTurn: async (tenantId: string, opts?: { yielded?: boolean }) =>
        void sent.push([tenantId, Boolean(opts?.yielded)]),
    };
  }

  it("a turn claims its organisation's oldest waiting document, never another's; turns at once take different ones", async () => {
    const { store, actor, upload } = await setup();
    const other = await setup();
    const otherId = await other.upload(md(0), "other.md");
    const first = await upload(md(1), "first.md");
    const second = await upload(md(2), "second.md");
    const third = await upload(md(3), "third.md");
    await db.document.update({ where: { id: first }, data: { uploadedAt: new Date(Date.now() - 60_000) } });

    const { sent, sendTurn } = recorder();
    const turn = await takeParseTurn({ tenantId: actor.tenantId }, { store, sendTurn });
    expect(turn).toEqual({ documentId: first, result: "parsed" });
    expect(sent).toEqual([[actor.tenantId, false]]); // more were waiting: the organisation's next turn

    // Two turns of one organisation at once (two instances): row locks send them to different rows.
    const claims = await Promise.all([
      claimNextParse(actor.tenantId, crypto.randomUUID(), "w1"),
      claimNextParse(actor.tenantId, crypto.randomUUID(), "w2"),
    ]);
    expect(claims.map((c) => c?.documentId).sort()).toEqual([second, third].sort());
    expect(await claimNextParse(actor.tenantId, crypto.randomUUID(), "w3")).toBeNull();
    expect((await load(otherId)).parseStatus).toBe("queued");
  });

  it("an organisation with a parse running lets one with fewer go first, once per turn", async () => {
    const a = await setup();
    const b = await setup();
    const running = await a.upload(md(1), "a-running.md");
    const waitingA = await a.upload(md(2), "a-waiting.md");
    await b.upload(md(3), "b-waiting.md");
    expect(await claimParse(running, a.actor.tenantId, crypto.randomUUID(), "slow-worker")).not.toBeNull();

    const { sent, sendTurn } = recorder();
    expect(await takeParseTurn({ tenantId: a.actor.tenantId }, { store: a.store, sendTurn })).toEqual({
      yielded: true,
    });
    expect(sent).toEqual([[a.actor.tenantId, true]]); // A's turn, sent to the back of the line
    expect((await load(waitingA)).parseStatus).toBe("queued");

    // The yielded turn does not yield again, so a lost turn of B cannot keep A waiting.
    expect(await takeParseTurn({ tenantId: a.actor.tenantId, yielded: true }, { store: a.store, sendTurn })).toEqual({
      documentId: waitingA,
      result: "parsed",
    });
    // B has nothing running: B never yields, whoever else waits.
    const bTurn = await takeParseTurn({ tenantId: b.actor.tenantId }, { store: b.store, sendTurn });
    expect(bTurn).toMatchObject({ result: "parsed" });
  });

  it("a document given back after a passing failure waits its retry time before a turn takes it again", async () => {
    const { store, actor, upload } = await setup();
    const id = await upload(md(1), "flaky.md");
    const { sendTurn } = recorder();
    const boom = async (): Promise<never> => {
      throw new Error("database connection reset");
    };
    await expect(takeParseTurn({ tenantId: actor.tenantId }, { store, extract: boom, sendTurn })).rejects.toThrow(
      /connection reset/,
    );
    expect((await load(id)).parseStatus).toBe("retrying");
    expect(await takeParseTurn({ tenantId: actor.tenantId }, { store, sendTurn })).toBeNull(); // not due yet
    await db.$executeRaw`UPDATE "Document" SET "extraction" = jsonb_set("extraction", '{_job,retryAt}', to_jsonb(now() - interval '1 second')) WHERE "id" = ${id}::uuid`;
    expect(await takeParseTurn({ tenantId: actor.tenantId }, { store, sendTurn })).toEqual({
      documentId: id,
      result: "parsed",
    });
    expect(job((await load(id)).extraction).attempts).toBe(2);
  });
});
