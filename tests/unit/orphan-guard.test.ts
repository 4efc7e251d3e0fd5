import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const guard = JSON.stringify(path.resolve("lib/server/orphan-guard.mjs"));

/**
 * Runs parent.mjs (which forks busy.mjs and exits) and reports whether the child died before its spin
 * ended on its own. The bound is generous (90 s against a 10-minute spin) so a loaded machine cannot
 * fail it: what is tested is that the guard kills the child, not how fast the machine is.
 */
async function childDiesWithParent(busySource: string, parentSource: (busyPath: string) => string): Promise<boolean> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "assay-orphan-"));
  const busy = path.join(dir, "busy.mjs");
  fs.writeFileSync(busy, busySource);
  fs.writeFileSync(path.join(dir, "parent.mjs"), parentSource(JSON.stringify(busy)));
  const out = spawnSync(process.execPath, [path.join(dir, "parent.mjs")], { encoding: "utf8" });
  const pid = Number(out.stdout.trim());
  expect(pid).toBeGreaterThan(0);
  const alive = () => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  const t0 = Date.now();
  while (alive() && Date.now() - t0 < 90_000) await new Promise((r) => setTimeout(r, 200));
  const gone = !alive();
  if (!gone) process.kill(pid, "SIGKILL");
  return gone;
}

const SPIN = `const t = Date.now(); while (Date.now() - t < 600000) {}\n`;

// A parser child whose parent dies while pdf.js blocks its main thread must not live on.
describe("orphan guard", () => {
  it("kills a busy child within seconds of its parent dying", async () => {
    const gone = await childDiesWithParent(
      // The child says when its guard is armed and only then spins; the parent exits on hearing it.
      // (A fixed 500 ms let a slow child start after its parent had gone: it then took the adopting
      // process for its parent, was never killed, and the test hung for the whole 10-minute spin.)
      `import { guardAgainstOrphaning } from ${guard};\nguardAgainstOrphaning();\nprocess.send("guarded", () => { ${SPIN} });\n`,
      (busy) =>
        `import { fork } from "node:child_process";\nconst c = fork(${busy});\nconsole.log(c.pid);\nc.on("message", () => process.exit(0));\nsetTimeout(() => process.exit(0), 60_000);\n`,
    );
    expect(gone).toBe(true);
  }, 180_000);

  it("kills a child whose parent died before the child had even started", async () => {
    // The parent is gone before the child's first line runs, so the child starts life adopted.
    const gone = await childDiesWithParent(
      `await new Promise((r) => setTimeout(r, 700));\nconst { guardAgainstOrphaning } = await import(${guard});\nguardAgainstOrphaning();\n${SPIN}`,
      (busy) =>
        `import { fork } from "node:child_process";\nconst c = fork(${busy}, [], { env: { ...process.env, ASSAY_PARENT_PID: String(process.pid) } });\nconsole.log(c.pid);\nprocess.exit(0);\n`,
    );
    expect(gone).toBe(true);
  }, 180_000);
});
