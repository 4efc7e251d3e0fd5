import { randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/load-actor";
import type { BlobStore } from "@/lib/storage/blob-store";
import { EncryptedBlobStore } from "@/lib/storage/encrypted-store";
import { parseKeyring } from "@/lib/storage/keyring";
import { LocalDiskStore } from "@/lib/storage/local-disk-store";
import { sha256Hex } from "@/lib/evidence/uploads/sha256";
import type { Prisma } from "@/prisma/generated/client";
import { extractDocument } from "@/lib/extraction";
import { generateSoc2 } from "../../scripts/synth/generate-soc2";
import { randomSoc2Spec } from "../../scripts/synth/soc2-spec";
import { provisionAppRole } from "../../scripts/lib/app-role.mjs";
import {
  armStall,
  disarmStall,
  installAuditStall,
  startScratchPostgres,
  waitForStall,
  watchForCrashes,
  type ScratchPostgres,
} from "./fault-support";

// Not imported from ./support: that module imports lib/db, which would build the client too early.
const hasDb = Boolean(process.env.DATABASE_URL);

// Issue #7, "database restart during an upload and during a re-score". These tests stop, restart
// and cut off a PostgreSQL of their own (random port, temp dir), never the shared test database.
// Everything that touches the database is imported only after DATABASE_URL points at that server,
// so lib/db.ts builds its one client against it; beforeAll checks that it really does.

type Mods = {
  db: typeof import("@/lib/db").systemDb;
  disconnectAll: typeof import("@/lib/db").disconnectAll;
  uploadDocument: typeof import("@/lib/evidence/documents/upload").uploadDocument;
  removeOrphanBlobs: typeof import("@/lib/evidence/jobs/orphan-sweep").removeOrphanBlobs;
  rescoreVendor: typeof import("@/lib/reviews/rescore/mutations").rescoreVendor;
  confirmFacts: typeof import("@/lib/evidence/facts/mutations").confirmFacts;
  makeTenant: typeof import("./support").makeTenant;
  makeVendor: typeof import("./support").makeVendor;
  errorResponse: typeof import("@/lib/http").errorResponse;
};

// lib/http.ts (errorResponse, how a route answers) imports the Auth.js session lookup, which does not
// load outside Next; these tests never need a session.
vi.mock("@/lib/auth/actor", () => ({
  requireActorOrThrow: async () => {
    throw new Error("no session in this test");
  },
}));

let scratch: ScratchPostgres;
let m: Mods;
const savedUrl = process.env.DATABASE_URL;
const savedAppUrl = process.env.APP_DATABASE_URL;
const roots: string[] = [];

beforeAll(async () => {
  if (!hasDb) return;
  scratch = await startScratchPostgres();
  process.env.DATABASE_URL = scratch.url;
  process.env.APP_DATABASE_URL = await provisionAppRole(scratch.url, { authSecret: process.env.AUTH_SECRET });
  delete (globalThis as { assayDb?: unknown }).assayDb;
  const [{ systemDb: db, withTenant, disconnectAll }, upload, sweep, rescore, support, http, facts] = await Promise.all(
    [
      import("@/lib/db"),
      import("@/lib/evidence/documents/upload"),
      import("@/lib/evidence/jobs/orphan-sweep"),
      import("@/lib/reviews/rescore/mutations"),
      import("./support"),
      import("@/lib/http"),
      import("@/lib/evidence/facts/mutations"),
    ],
  );
  m = {
    db,
    disconnectAll,
    uploadDocument: upload.uploadDocument,
    removeOrphanBlobs: sweep.removeOrphanBlobs,
    rescoreVendor: rescore.rescoreVendor,
    makeTenant: support.makeTenant,
    makeVendor: support.makeVendor,
    errorResponse: http.errorResponse,
    confirmFacts: facts.confirmFacts,
  };
  const [{ port }] = await db.$queryRaw<Array<{ port: number }>>`SELECT inet_server_port() AS port`;
  expect(port).toBe(scratch.port); // the code under test really talks to the scratch server…
  const [{ port: appPort }] = await withTenant(
    randomUUID(),
    (tx) => tx.$queryRaw<Array<{ port: number }>>`SELECT inet_server_port() AS port`,
  );
  expect(appPort).toBe(scratch.port); // …on both of its connections
  await installAuditStall(scratch);
}, 120_000);

afterAll(async () => {
  await m?.disconnectAll().catch(() => {});
  await scratch?.destroy();
  process.env.DATABASE_URL = savedUrl;
  process.env.APP_DATABASE_URL = savedAppUrl;
  for (const r of roots) await fs.rm(r, { recursive: true, force: true });
});

async function tempStore() {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), "assay-fault-files-"));
  roots.push(root);
  const disk = new LocalDiskStore(root);
  return { root, disk, store: new EncryptedBlobStore(disk, parseKeyring()) };
}

/** Every file under the storage root, temp files included: after a failed upload there must be none. */
async function allFiles(root: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await fs.readdir(root, { recursive: true, withFileTypes: true }))
    if (e.isFile()) out.push(path.relative(root, path.join(e.parentPath, e.name)));
  return out;
}

/** Retries `fn` until it succeeds (the database is coming back) and reports how long that took. */
async function untilItWorks<T>(
  fn: () => Promise<T>,
  timeoutMs = 15_000,
): Promise<{ value: T; ms: number; failures: unknown[] }> {
  const t0 = performance.now();
  const failures: unknown[] = [];
  for (;;) {
    try {
      return { value: await fn(), ms: performance.now() - t0, failures };
    } catch (err) {
      failures.push(err);
      if (performance.now() - t0 > timeoutMs) throw err;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/**
 * The failure as a client sees it: route handlers answer through errorResponse(). A database that
 * went away must give a 503 that says so (and may be retried), with a reference and no stack.
 */
async function expectClearUnavailable(err: unknown) {
  expect(err).toBeTruthy();
  const res = m.errorResponse(err);
  const body = (await res.json()) as { error: string; code: string };
  expect({ status: res.status, code: body.code }).toEqual({ status: 503, code: "UNAVAILABLE" });
  expect(body.error).toMatch(
    /^The database is not available right now, so nothing was saved\. Try again in a moment\. \(reference [0-9a-f-]{36}\)$/,
  );
}

const MARKDOWN = new TextEncoder().encode(
  "# Sub-processors\n\n| Name | Purpose | Location |\n|---|---|---|\n| Amazon Web Services | Hosting | US |\n",
);

describe.skipIf(!hasDb)("database restart during an upload", () => {
  it("restart while the row is being committed: no row, no file, the process survives; the retry with the same key creates exactly one", async () => {
    const { root, disk, store } = await tempStore();
    const actor = await m.makeTenant("analyst");
    const vendor = await m.makeVendor(actor);
    const sent: string[] = [];
    const deps = { store, enqueue: async (id: string) => void sent.push(id) };
    const key = `restart-${randomUUID()}`;
    const watch = watchForCrashes();
    try {
      // Three queries at once leave three connections in the pool: two sit idle through the fault.
      await Promise.all([1, 2, 3].map(() => m.db.$queryRaw`SELECT pg_sleep(0.05)::text AS slept`));
      await armStall(scratch, "document.upload");
      const upload = m
        .uploadDocument(actor, vendor.id, { bytes: MARKDOWN, filename: "subprocessors.md", idempotencyKey: key }, deps)
        .then(
          (v) => ({ ok: true as const, v }),
          (err: unknown) => ({ ok: false as const, err }),
        );
      await waitForStall(scratch);
      // The moment of the fault: the blob is on disk, the Document row is inserted but not committed.
      expect(await allFiles(root)).toHaveLength(1);
      // Idle pooled connections die with the server too: their 'error' events must not crash us.
      const idle = await scratch.sql<{ application_name: string; query: string }>(
        `SELECT application_name, query FROM pg_stat_activity WHERE datname = 'app' AND application_name <> 'fault-admin' AND state = 'idle'`,
      );
      expect(idle.filter((r) => /pg_sleep\(/.test(r.query)).length).toBeGreaterThanOrEqual(2);
      await scratch.stop();
      const outcome = await upload;
      await scratch.start();
      await disarmStall(scratch);

      expect(outcome.ok).toBe(false);
      if (!outcome.ok) await expectClearUnavailable(outcome.err);
      expect(await allFiles(root)).toEqual([]); // the blob was removed when the commit failed
      expect(await m.db.document.count({ where: { tenantId: actor.tenantId } })).toBe(0);
      expect(await m.db.auditEvent.count({ where: { tenantId: actor.tenantId, action: "document.upload" } })).toBe(0);
      expect(sent).toEqual([]);

      const retry = await untilItWorks(() =>
        m.uploadDocument(
          actor,
          vendor.id,
          { bytes: MARKDOWN, filename: "subprocessors.md", idempotencyKey: key },
          deps,
        ),
      );
      expect(retry.value.created).toBe(true);
      expect(retry.ms).toBeLessThan(10_000);
      const again = await m.uploadDocument(
        actor,
        vendor.id,
        { bytes: MARKDOWN, filename: "subprocessors.md", idempotencyKey: key },
        deps,
      );
      expect(again).toMatchObject({ created: false, document: { id: retry.value.document.id } });

      const rows = await m.db.document.findMany({ where: { tenantId: actor.tenantId } });
      expect(rows).toHaveLength(1);
      expect(sha256Hex(await store.get(rows[0].fileKey))).toBe(sha256Hex(MARKDOWN));
      expect(await m.db.auditEvent.count({ where: { tenantId: actor.tenantId, action: "document.upload" } })).toBe(1);
      expect(sent).toEqual([rows[0].id]);
      // Cleanup finds nothing to remove: no orphan was left, and the real file is kept.
      expect(await m.removeOrphanBlobs(disk, { olderThanMs: -1 })).toEqual({ checked: 1, removed: 0, tempRemoved: 0 });
      expect(await allFiles(root)).toEqual([rows[0].fileKey]);
      expect(watch.crashes).toEqual([]);
    } finally {
      watch.stop();
      await disarmStall(scratch).catch(() => {});
    }
  });

  it("database gone between the file write and the row: the file is removed, the upload says so, the retry succeeds once", async () => {
    const { root, disk, store } = await tempStore();
    const actor = await m.makeTenant("analyst");
    const vendor = await m.makeVendor(actor);
    const key = `down-${randomUUID()}`;
    let stopped = false;
    const stopping: BlobStore = {
      put: async (k, b) => {
        await store.put(k, b);
        if (!stopped) {
          stopped = true;
          await scratch.stop();
        }
      },
      get: (k) => store.get(k),
      delete: (k) => store.delete(k),
      exists: (k) => store.exists(k),
    };
    const watch = watchForCrashes();
    try {
      const err = await m
        .uploadDocument(
          actor,
          vendor.id,
          { bytes: MARKDOWN, filename: "a.md", idempotencyKey: key },
          { store: stopping, enqueue: async () => {} },
        )
        .catch((e: unknown) => e);
      expect(stopped).toBe(true);
      await expectClearUnavailable(err);
      expect(await allFiles(root)).toEqual([]);
      await scratch.start();
      expect(await m.db.document.count({ where: { tenantId: actor.tenantId } })).toBe(0);

      const retry = await untilItWorks(() =>
        m.uploadDocument(
          actor,
          vendor.id,
          { bytes: MARKDOWN, filename: "a.md", idempotencyKey: key },
          { store: stopping, enqueue: async () => {} },
        ),
      );
      expect(retry.value.created).toBe(true);
      expect(await m.db.document.count({ where: { tenantId: actor.tenantId } })).toBe(1);
      expect(await m.removeOrphanBlobs(disk, { olderThanMs: -1 })).toMatchObject({ removed: 0 });
      expect(await allFiles(root)).toHaveLength(1);
      expect(watch.crashes).toEqual([]);
    } finally {
      watch.stop();
      if (
        !(await scratch.sql("SELECT 1").then(
          () => true,
          () => false,
        ))
      )
        await scratch.start();
    }
  });
});

// ---- Re-score -------------------------------------------------------------------------------------
// Two tenants get the same vendor, services, document and triage. Tenant B is re-scored undisturbed;
// tenant A's re-score is cut off by the fault while its transaction has written every gap, comment
// and update and waits on the closing audit event. A must be left exactly as it was, and A's retry
// must end with the same register as B's.

type Fixture = { actor: Actor; vendorId: string };

async function seedReviewedVendor(
  extraction: Extracted,
  spec: { serviceOrganization: string; systemName: string },
  pdfBytes: number,
): Promise<Fixture> {
  const actor = await m.makeTenant("security");
  const vendor = await m.makeVendor(actor, spec.serviceOrganization);
  await m.db.vendor.update({ where: { id: vendor.id }, data: { tier: "high" } });
  await m.db.buyerService.create({
    data: {
      tenantId: actor.tenantId,
      vendorId: vendor.id,
      name: "Payroll",
      systems: [spec.systemName],
      dataTypes: ["personal", "financial"],
      regions: ["US", "EU"],
      locations: [],
      criticality: "high",
    },
  });
  await m.db.buyerService.create({
    data: {
      tenantId: actor.tenantId,
      vendorId: vendor.id,
      name: "Analytics",
      systems: ["Warehouse"],
      dataTypes: ["confidential_business"],
      regions: ["UK"],
      locations: [],
      criticality: "medium",
    },
  });
  await m.rescoreVendor(actor, vendor.id, "2026-11-23"); // the register before any document: evidence missing
  // Triage the same way in both tenants: one gap owned and in progress, one marked resolved.
  const names = new Map(
    (await m.db.buyerService.findMany({ where: { tenantId: actor.tenantId }, select: { id: true, name: true } })).map(
      (x) => [x.id, x.name],
    ),
  );
  const gaps = (
    await m.db.gap.findMany({
      where: { tenantId: actor.tenantId, vendorId: vendor.id },
      select: { id: true, checkId: true, subject: true, serviceId: true },
    })
  )
    .map((g) => ({ ...g, order: `${g.checkId}|${g.subject}|${names.get(g.serviceId ?? "") ?? ""}` }))
    .sort((x, y) => x.order.localeCompare(y.order));
  await m.db.gap.update({ where: { id: gaps[0].id }, data: { ownerId: actor.userId, status: "in_progress" } });
  await m.db.gap.update({
    where: { id: gaps[1].id },
    data: { status: "resolved", resolvedAt: new Date("2026-11-23T10:00:00Z") },
  });
  const doc = await m.db.document.create({
    data: {
      tenantId: actor.tenantId,
      vendorId: vendor.id,
      kind: extraction.doc_kind,
      filename: "soc2.pdf",
      fileKey: `${actor.tenantId}/${randomUUID()}`,
      sha256: extraction.sha256,
      sizeBytes: pdfBytes,
      mimeType: "application/pdf",
      parseStatus: "parsed",
      extraction: extraction as unknown as Prisma.InputJsonValue,
    },
  });
  await m.confirmFacts(actor, doc.id, [{ field: "auditor.name", value: "Corrected Auditors LLP" }]);
  return { actor, vendorId: vendor.id };
}

type Extracted = Extract<Awaited<ReturnType<typeof extractDocument>>, { ok: true }>;

/** Everything a re-score writes for one vendor, with the ids that differ between tenants taken out. */
async function register(f: Fixture) {
  const gaps = await m.db.gap.findMany({
    where: { tenantId: f.actor.tenantId, vendorId: f.vendorId },
    select: {
      checkId: true,
      subject: true,
      severity: true,
      title: true,
      detail: true,
      citation: true,
      ownerRole: true,
      ownerId: true,
      dueDate: true,
      status: true,
      acceptanceNote: true,
      acceptedUntil: true,
      resolvedAt: true,
      serviceId: true,
      comments: { select: { body: true }, orderBy: { body: "asc" } },
    },
  });
  const services = new Map(
    (await m.db.buyerService.findMany({ where: { tenantId: f.actor.tenantId }, select: { id: true, name: true } })).map(
      (x) => [x.id, x.name],
    ),
  );
  const docIds = (await m.db.document.findMany({ where: { tenantId: f.actor.tenantId }, select: { id: true } })).map(
    (d) => d.id,
  );
  const scrub = (v: unknown) => {
    let t = JSON.stringify(v ?? null);
    for (const id of docIds) t = t.replaceAll(id, "DOC");
    return JSON.parse(t) as unknown;
  };
  return gaps
    .map((g) =>
      scrub({
        ...g,
        serviceId: g.serviceId ? services.get(g.serviceId) : null,
        ownerId: g.ownerId ? "owner" : null,
        resolvedAt: g.resolvedAt ? "set" : null,
        comments: g.comments.map((c) => c.body),
      }),
    )
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

/** The raw rows (ids and timestamps included) of one vendor's register and its history. */
async function rawState(f: Fixture) {
  const where = { tenantId: f.actor.tenantId };
  return {
    gaps: await m.db.gap.findMany({ where, orderBy: { id: "asc" } }),
    comments: await m.db.gapComment.findMany({ where, orderBy: { id: "asc" } }),
    audit: await m.db.auditEvent.findMany({ where, orderBy: { id: "asc" } }),
  };
}

describe.skipIf(!hasDb)("database restart during a re-score", () => {
  let extraction: Extracted;
  let spec: ReturnType<typeof randomSoc2Spec>;
  let pdfBytes = 0;
  beforeAll(async () => {
    spec = randomSoc2Spec(11, { pages: 12, soc2Type: "type_2", opinion: "qualified" });
    const { pdf } = await generateSoc2(spec);
    const out = await extractDocument({ bytes: new Uint8Array(pdf), filename: "soc2.pdf" });
    if (!out.ok) throw new Error(`extraction failed: ${JSON.stringify(out.error)}`);
    extraction = out;
    pdfBytes = pdf.length;
  }, 60_000);

  const faults: Array<[string, () => Promise<void>]> = [
    [
      "a full restart",
      async () => {
        await scratch.stop();
        await scratch.start();
      },
    ],
    [
      "pg_terminate_backend on every app connection",
      async () => {
        expect(await scratch.terminateAppConnections()).toBeGreaterThanOrEqual(1);
      },
    ],
  ];
  it.each(faults)(
    "%s mid-transaction leaves the previous register intact; the retry matches an undisturbed run",
    async (_label, fault) => {
      const a = await seedReviewedVendor(extraction, spec, pdfBytes);
      const b = await seedReviewedVendor(extraction, spec, pdfBytes);
      expect(await register(a)).toEqual(await register(b));
      const expected = await m.rescoreVendor(b.actor, b.vendorId, "2026-11-24");
      // The re-score has real work to do, so a half-written one would show.
      expect(expected.added).toBeGreaterThan(0);
      expect(expected.resolved).toBeGreaterThan(0);
      expect(expected.reopened).toBe(1);

      const before = await rawState(a);
      const watch = watchForCrashes();
      try {
        await armStall(scratch, "review.rescore");
        const run = m.rescoreVendor(a.actor, a.vendorId, "2026-11-24").then(
          () => null,
          (err: unknown) => err ?? new Error("rejected without a reason"),
        );
        await waitForStall(scratch);
        await fault();
        const err = await run;
        await disarmStall(scratch);
        expect(err).not.toBeNull();
        await expectClearUnavailable(err);

        expect(await rawState(a)).toEqual(before); // not one gap, comment or event of the failed run

        const retry = await untilItWorks(() => m.rescoreVendor(a.actor, a.vendorId, "2026-11-24"));
        expect(retry.ms).toBeLessThan(10_000);
        expect(retry.value).toEqual(expected);
        expect(await register(a)).toEqual(await register(b));
        expect(await m.db.auditEvent.count({ where: { tenantId: a.actor.tenantId, action: "review.rescore" } })).toBe(
          2,
        ); // first scoring + the retry
        expect(watch.crashes).toEqual([]);
      } finally {
        watch.stop();
        await disarmStall(scratch).catch(() => {});
      }
    },
  );
});
