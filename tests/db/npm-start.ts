import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

// `npm start` (scripts/start.mjs: the production server with its preloads) on this suite's database,
// on loopback, for the tests that need real HTTP. Needs `next build` (scripts/test.sh builds first).

export const BUILT = fs.existsSync(".next/BUILD_ID");

export type StartedApp = {
  base: string;
  port: number;
  /** Everything the server printed, line by line, for failure messages. */
  lines: string[];
  stop: () => Promise<void>;
};

export async function startApp(port: number, extraEnv: Record<string, string> = {}): Promise<StartedApp> {
  const storageDir = fs.mkdtempSync(path.join(os.tmpdir(), "assay-npm-start-"));
  const app: ChildProcess = spawn(process.execPath, ["scripts/start.mjs"], {
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? os.homedir(),
      DATABASE_URL: process.env.DATABASE_URL!,
      AUTH_SECRET: process.env.AUTH_SECRET ?? "npm-start-test-secret-npm-start-test-secret",
      FILE_ENCRYPTION_KEY: process.env.FILE_ENCRYPTION_KEY!,
      ASSAY_ALLOW_GENERATED_SECRETS: "1",
      STORAGE_DIR: storageDir,
      PORT: String(port),
      HOST: "127.0.0.1",
      PARSE_WORKERS: "0",
      NEXT_TELEMETRY_DISABLED: "1",
      ...extraEnv,
    } as unknown as NodeJS.ProcessEnv,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const lines: string[] = [];
  for (const s of [app.stdout!, app.stderr!]) s.on("data", (d: Buffer) => lines.push(...d.toString().split("\n")));
  const base = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (app.pid && app.exitCode === null) {
      const exited = new Promise((r) => app.once("exit", r));
      process.kill(-app.pid, "SIGTERM");
      await exited;
    }
    fs.rmSync(storageDir, { recursive: true, force: true });
  };
  const end = Date.now() + 180_000;
  for (;;) {
    if (
      await fetch(`${base}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { base, port, lines, stop };
    if (app.exitCode !== null) throw new Error(`app exited:\n${lines.slice(-30).join("\n")}`);
    if (Date.now() > end) {
      await stop();
      throw new Error(`timed out waiting for the app to answer\n${lines.slice(-30).join("\n")}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Signs in with email and password through Auth.js's credentials callback; returns the session cookie. */
export async function signIn(base: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar, origin: base },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${base}/dashboard` }),
  });
  const session = res.headers.getSetCookie().find((c) => /^(__Host-)?assay\.session=[^;]+/.test(c));
  if (!session) throw new Error(`sign-in failed (${res.status} ${res.headers.get("location")})`);
  return session.split(";")[0];
}
