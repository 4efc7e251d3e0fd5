import { randomUUID } from "node:crypto";
import { EventEmitter } from "node:events";
import fs from "node:fs/promises";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/load-actor";
import { systemDb as db } from "@/lib/db";
import type { UploadResult } from "@/lib/evidence/documents/upload";
import { uploadDocumentFromRequest } from "@/lib/evidence/documents/upload-request";
import { errorResponse } from "@/lib/http";
import { removeOrphanBlobs } from "@/lib/evidence/jobs/orphan-sweep";
import { EncryptedBlobStore } from "@/lib/storage/encrypted-store";
import { parseKeyring } from "@/lib/storage/keyring";
import { LocalDiskStore } from "@/lib/storage/local-disk-store";
import { sha256Hex } from "@/lib/evidence/uploads/sha256";
import { hasDb, makeTenant, makeVendor } from "./support";

// Issue #7, "an interrupted upload": a real HTTP server on loopback hands each request to the upload
// code as a web Request whose body streams from the socket (as Next's Node server does), and raw
// clients hang up half-way through the body. Nothing may be stored; a retry with the same
// Idempotency-Key creates the document exactly once.

// lib/http.ts imports the Auth.js session lookup, which does not load outside Next; not needed here.
vi.mock("@/lib/auth/actor", () => ({
  requireActorOrThrow: async () => {
    throw new Error("no session in this test");
  },
}));

type Outcome =
  { ok: true; result: UploadResult } | { ok: false; status: number; body: { error: string; code: string } };

let server: http.Server;
let port = 0;
let root = "";
let disk: LocalDiskStore;
let store: EncryptedBlobStore;
let actor: Actor;
let vendorId = "";
const outcomes: Outcome[] = [];
const queued: string[] = [];
// What the server has seen, per Idempotency-Key, so a client hangs up at a known point of the
// request rather than after a sleep that a busy machine may outlast.
const seen = { started: new Set<string>(), bodyRead: new Set<string>(), finished: new Set<string>() };
const progress = new EventEmitter();

function serverReached(key: string, point: "started" | "bodyRead"): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (!seen[point].has(key) && !seen.finished.has(key)) return;
      progress.off("change", check);
      resolve();
    };
    progress.on("change", check);
    check();
  });
}

beforeAll(async () => {
  if (!hasDb) return;
  root = await fs.mkdtemp(path.join(os.tmpdir(), "assay-abort-"));
  disk = new LocalDiskStore(root);
  store = new EncryptedBlobStore(disk, parseKeyring());
  actor = await makeTenant("analyst");
  vendorId = (await makeVendor(actor)).id;
  server = http.createServer(async (req, res) => {
    const key = String(req.headers["idempotency-key"]);
    const mark = (set: Set<string>) => {
      set.add(key);
      progress.emit("change");
    };
    req.once("end", () => mark(seen.bodyRead)); // every byte of the body was read by the upload code
    mark(seen.started);
    const headers = new Headers();
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string") headers.set(k, v);
    const request = new Request(`http://127.0.0.1:${port}${req.url}`, {
      method: req.method,
      headers,
      body: Readable.toWeb(req) as ReadableStream<Uint8Array>,
      duplex: "half",
    } as RequestInit);
    let outcome: Outcome;
    try {
      outcome = {
        ok: true,
        result: await uploadDocumentFromRequest(actor, vendorId, request, {
          store,
          enqueue: async (id) => void queued.push(id),
        }),
      };
    } catch (err) {
      const r = errorResponse(err);
      outcome = { ok: false, status: r.status, body: (await r.json()) as { error: string; code: string } };
    }
    outcomes.push(outcome);
    mark(seen.finished);
    if (!res.destroyed) {
      res.writeHead(outcome.ok ? (outcome.result.created ? 201 : 200) : outcome.status, {
        "content-type": "application/json",
      });
      res.end(JSON.stringify(outcome.ok ? outcome.result.document : outcome.body));
    }
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  port = (server.address() as net.AddressInfo).port;
});

afterAll(async () => {
  await new Promise((r) => server?.close(r));
  if (root) await fs.rm(root, { recursive: true, force: true });
});

function multipart(content: Uint8Array, filename = "soc2.pdf") {
  const boundary = `----assay${randomUUID()}`;
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/pdf\r\n\r\n`,
    ),
    Buffer.from(content),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}

// A ~2 MB "PDF" (the sniffer only needs the header), different per run so no test shares a hash.
function pdfBytes(): Uint8Array {
  const filler = Buffer.alloc(2 * 1024 * 1024, `stream ${randomUUID()} endstream\n`);
  return new Uint8Array(Buffer.concat([Buffer.from("%PDF-1.4\n"), filler, Buffer.from("\n%%EOF\n")]));
}

/**
 * Sends the request head and the first `fraction` of the body over a raw socket, then hangs up:
 * `reset` sends a TCP RST (a killed browser tab), otherwise a normal close (FIN). `chunked` leaves
 * Content-Length out, so the server has nothing to compare the received length with.
 * It hangs up once the server is handling the request and, when the whole body was sent, once the
 * server has read all of it: an RST makes the kernel drop bytes the server has not read yet, so
 * hanging up any earlier would turn "sent everything" into "cut off" on a slow machine.
 */
async function sendAndHangUp(
  body: Buffer,
  contentType: string,
  key: string,
  opts: { fraction: number; reset: boolean; chunked: boolean },
) {
  const socket = net.connect(port, "127.0.0.1");
  await new Promise<void>((r, j) => socket.once("connect", r).once("error", j));
  const head = [
    `POST /api/vendors/${vendorId}/documents HTTP/1.1`,
    `Host: 127.0.0.1:${port}`,
    `Content-Type: ${contentType}`,
    `Idempotency-Key: ${key}`,
  ];
  head.push(opts.chunked ? "Transfer-Encoding: chunked" : `Content-Length: ${body.length}`);
  socket.write(`${head.join("\r\n")}\r\n\r\n`);
  const part = body.subarray(0, Math.floor(body.length * opts.fraction));
  for (let i = 0; i < part.length; i += 64 * 1024) {
    const piece = part.subarray(i, i + 64 * 1024);
    const ok = opts.chunked
      ? socket.write(`${piece.length.toString(16)}\r\n`) && socket.write(piece) && socket.write("\r\n")
      : socket.write(piece);
    if (!ok) await new Promise((r) => socket.once("drain", r));
  }
  await serverReached(key, opts.fraction < 1 ? "started" : "bodyRead");
  if (opts.reset) socket.resetAndDestroy();
  else socket.destroy();
}

/** The whole request through fetch, as a well-behaved client's retry. */
async function upload(body: Buffer, contentType: string, key: string) {
  const res = await fetch(`http://127.0.0.1:${port}/api/vendors/${vendorId}/documents`, {
    method: "POST",
    body: new Uint8Array(body),
    headers: { "content-type": contentType, "idempotency-key": key },
  });
  return { status: res.status, json: (await res.json()) as { id: string } };
}

async function waitForOutcomes(n: number) {
  const until = Date.now() + 20_000;
  while (outcomes.length < n) {
    if (Date.now() > until) throw new Error(`only ${outcomes.length} of ${n} requests finished on the server`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Every file under the storage root, temp files included. */
async function allFiles(): Promise<string[]> {
  const out: string[] = [];
  for (const e of await fs.readdir(root, { recursive: true, withFileTypes: true }))
    if (e.isFile()) out.push(path.relative(root, path.join(e.parentPath, e.name)));
  return out;
}

describe.skipIf(!hasDb)("interrupted upload (client hangs up mid-body)", () => {
  it("20 uploads cut off at 50% store nothing; the retry with the same key creates each document exactly once", async () => {
    const N = 20;
    const runs = Array.from({ length: N }, (_, i) => ({
      key: `abort-${i}-${randomUUID()}`,
      ...multipart(pdfBytes(), `report-${i}.pdf`),
      reset: i % 2 === 0,
      chunked: i % 4 >= 2,
    }));
    outcomes.length = 0;
    for (const r of runs)
      await sendAndHangUp(r.body, r.contentType, r.key, { fraction: 0.5, reset: r.reset, chunked: r.chunked });
    await waitForOutcomes(N);

    // Every cut-off request ended in a refusal the client could act on, never a 500 or a stored file.
    for (const o of outcomes) {
      expect(o.ok).toBe(false);
      if (!o.ok) {
        expect(o.status).toBe(422);
        expect(o.body.error).toMatch(
          /^The upload was interrupted after \d+ bytes, before the whole file arrived\. Nothing was saved; try again\.$/,
        );
      }
    }
    expect(await db.document.count({ where: { tenantId: actor.tenantId } })).toBe(0);
    expect(
      await db.auditEvent.count({ where: { tenantId: actor.tenantId, action: { startsWith: "document.upload" } } }),
    ).toBe(0);
    expect(await allFiles()).toEqual([]);
    expect(await removeOrphanBlobs(disk, { olderThanMs: -1 })).toEqual({ checked: 0, removed: 0, tempRemoved: 0 });
    expect(queued).toEqual([]);

    // The client retries each one with the same key: created once, and a second retry replays it.
    const ids: string[] = [];
    for (const r of runs) {
      const first = await upload(r.body, r.contentType, r.key);
      expect(first.status).toBe(201);
      const again = await upload(r.body, r.contentType, r.key);
      expect(again).toEqual({ status: 200, json: first.json });
      ids.push(first.json.id);
    }
    const rows = await db.document.findMany({
      where: { tenantId: actor.tenantId },
      select: { id: true, fileKey: true, sha256: true, idempotencyKey: true },
    });
    expect(rows.map((d) => d.id).sort()).toEqual([...ids].sort());
    expect(new Set(rows.map((d) => d.idempotencyKey))).toEqual(new Set(runs.map((r) => r.key)));
    expect((await allFiles()).sort()).toEqual(rows.map((d) => d.fileKey).sort());
    expect(queued.sort()).toEqual([...ids].sort());
  });

  it("a client that hangs up after sending everything: the upload completes once and the retry gets the same document", async () => {
    const key = `late-${randomUUID()}`;
    const content = pdfBytes();
    const { body, contentType } = multipart(content);
    outcomes.length = 0;
    const before = await db.document.count({ where: { tenantId: actor.tenantId } });
    await sendAndHangUp(body, contentType, key, { fraction: 1, reset: true, chunked: false });
    await waitForOutcomes(1);
    expect(outcomes[0]).toMatchObject({ ok: true, result: { created: true } });

    const retry = await upload(body, contentType, key);
    expect(retry.status).toBe(200); // a replay, not a second document
    const doc = await db.document.findFirstOrThrow({ where: { tenantId: actor.tenantId, idempotencyKey: key } });
    expect(retry.json.id).toBe(doc.id);
    expect(await db.document.count({ where: { tenantId: actor.tenantId } })).toBe(before + 1);
    expect(sha256Hex(await store.get(doc.fileKey))).toBe(sha256Hex(content));
  });
});
