import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { systemDb as db } from "@/lib/db";
import { MAX_URL_BYTES } from "@/lib/server/url-limit.mjs";
import { hasDb, makeTenant } from "./support";

// Issue #14 over real HTTP against `npm start` (the production server with its preloads): a
// signed-in address up to the documented limit keeps its session, also when the browser repeats it in
// Referer and Next's router-state header; any longer address, up to a megabyte, gets a readable 414
// at once and the connection is closed, never left hanging. Needs `next build` (scripts/test.sh builds first).
const BUILT = fs.existsSync(".next/BUILD_ID");
if (!BUILT) console.warn("[long-urls] skipped: no .next build here; run `npx next build` first (npm test does).");
const PORT = Number(process.env.LONG_URL_TEST_PORT ?? 3857);
const BASE = `http://127.0.0.1:${PORT}`;
const PASSWORD = "correct horse battery staple 26";

let app: ChildProcess | null = null;
const lines: string[] = [];
let storageDir = "";
let cookie = "";

async function waitFor(what: string, probe: () => Promise<boolean>, ms = 180_000): Promise<void> {
  const end = Date.now() + ms;
  for (;;) {
    if (await probe().catch(() => false)) return;
    if (app?.exitCode !== null && app?.exitCode !== undefined)
      throw new Error(`app exited:\n${lines.slice(-30).join("\n")}`);
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}\n${lines.slice(-30).join("\n")}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function signIn(email: string): Promise<string> {
  const csrf = await fetch(`${BASE}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const res = await fetch(`${BASE}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar, origin: BASE },
    body: new URLSearchParams({ csrfToken, email, password: PASSWORD, callbackUrl: `${BASE}/dashboard` }),
  });
  const session = res.headers.getSetCookie().find((c) => /^(__Host-)?assay\.session=[^;]+/.test(c));
  if (!session) throw new Error(`sign-in failed (${res.status} ${res.headers.get("location")})`);
  return session.split(";")[0];
}

/** One request on its own connection; everything the server wrote until it closed it (Connection: close). */
function raw(request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(PORT, "127.0.0.1");
    const chunks: Buffer[] = [];
    socket.on("data", (c) => chunks.push(c));
    socket.on("error", (err: NodeJS.ErrnoException) => {
      // The server may close while a huge request is still being written: what it answered counts.
      if (err.code === "ECONNRESET" || err.code === "EPIPE") resolve(Buffer.concat(chunks).toString());
      else reject(err);
    });
    socket.on("close", () => resolve(Buffer.concat(chunks).toString()));
    socket.write(request); // not end(): a half-closed connection may be dropped before the answer
  });
}

const address = (bytes: number, prefix = "/vendors?q=") => prefix + "a".repeat(bytes - prefix.length);
const get = (target: string, extra = "") =>
  raw(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${PORT}\r\nCookie: ${cookie}\r\n${extra}Connection: close\r\n\r\n`);

describe.skipIf(!hasDb || !BUILT)("long addresses against npm start", () => {
  beforeAll(async () => {
    storageDir = fs.mkdtempSync(path.join(os.tmpdir(), "assay-long-urls-"));
    app = spawn(process.execPath, ["scripts/start.mjs"], {
      env: {
        PATH: process.env.PATH ?? "",
        HOME: process.env.HOME ?? os.homedir(),
        DATABASE_URL: process.env.DATABASE_URL!,
        AUTH_SECRET: process.env.AUTH_SECRET ?? "long-urls-test-secret-long-urls-test-secret",
        FILE_ENCRYPTION_KEY: process.env.FILE_ENCRYPTION_KEY!,
        ASSAY_ALLOW_GENERATED_SECRETS: "1",
        STORAGE_DIR: storageDir,
        PORT: String(PORT),
        HOST: "127.0.0.1",
        PARSE_WORKERS: "0",
        NEXT_TELEMETRY_DISABLED: "1",
      } as unknown as NodeJS.ProcessEnv,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    });
    for (const s of [app.stdout!, app.stderr!]) s.on("data", (d: Buffer) => lines.push(...d.toString().split("\n")));
    await waitFor("the app to answer", async () => (await fetch(`${BASE}/api/health`)).ok);
    const actor = await makeTenant("analyst");
    await db.user.update({ where: { id: actor.userId }, data: { passwordHash: await hashPassword(PASSWORD) } });
    cookie = await signIn(actor.email);
  }, 240_000);

  afterAll(async () => {
    const child = app;
    if (child?.pid && child.exitCode === null) {
      const exited = new Promise((r) => child.once("exit", r));
      process.kill(-child.pid, "SIGTERM");
      await exited;
    }
    fs.rmSync(storageDir, { recursive: true, force: true });
  }, 60_000);

  it("an address of the limit keeps the session, with Referer and router-state headers as long again", async () => {
    const long = address(MAX_URL_BYTES);
    const plain = await get(long);
    expect(plain).toMatch(/^HTTP\/1\.1 200 /);
    expect(plain).toContain('data-testid="whoami"');
    // A navigation from such a page repeats the address in two more headers (over Node's default 16 KB).
    const state = encodeURIComponent(
      JSON.stringify(["", { children: ["vendors", { children: [`__PAGE__${long}`] }] }]),
    );
    const navigated = await get(long, `Referer: ${BASE}${long}\r\nNext-Router-State-Tree: ${state}\r\n`);
    expect(navigated).toMatch(/^HTTP\/1\.1 200 /);
    expect(navigated).toContain('data-testid="whoami"');
  });

  for (const bytes of [MAX_URL_BYTES + 1, 9 * 1024, 16 * 1024, 60 * 1024, 100 * 1024, 1024 * 1024]) {
    it(`a ${bytes}-byte address gets the 414 page and a closed connection`, async () => {
      const res = await get(address(bytes));
      expect(res).toMatch(/^HTTP\/1\.1 414 /);
      expect(res).toContain("Address too long");
    });
  }

  it("still serves the session afterwards", async () => {
    expect(await get("/vendors")).toContain('data-testid="whoami"');
  });
});
