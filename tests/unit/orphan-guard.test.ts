import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

// A parser child whose parent dies while pdf.js blocks its main thread must not live on.
describe("orphan guard", () => {
  it("kills a busy child within seconds of its parent dying", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "assay-orphan-"));
    const guard = path.resolve("scripts/lib/orphan-guard.mjs");
    fs.writeFileSync(path.join(dir, "busy.mjs"), `import { guardAgainstOrphaning } from ${JSON.stringify(guard)};\nguardAgainstOrphaning();\nconst t = Date.now(); while (Date.now() - t < 30000) {}\n`);
    fs.writeFileSync(path.join(dir, "parent.mjs"), `import { fork } from "node:child_process";\nconst c = fork(${JSON.stringify(path.join(dir, "busy.mjs"))});\nconsole.log(c.pid);\nsetTimeout(() => process.exit(0), 500);\n`);
    const out = spawnSync(process.execPath, [path.join(dir, "parent.mjs")], { encoding: "utf8" });
    const pid = Number(out.stdout.trim());
    expect(pid).toBeGreaterThan(0);
    const alive = () => { try { process.kill(pid, 0); return true; } catch { return false; } };
    const t0 = Date.now();
    while (alive() && Date.now() - t0 < 8000) await new Promise((r) => setTimeout(r, 200));
    const gone = !alive();
    if (!gone) process.kill(pid, "SIGKILL");
    expect(gone).toBe(true);
  });

  it("kills a child whose parent died before the child had even started", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "assay-orphan-"));
    const guard = path.resolve("scripts/lib/orphan-guard.mjs");
    // The parent is gone before the child's first line runs, so the child starts life adopted.
    fs.writeFileSync(path.join(dir, "busy.mjs"), `await new Promise((r) => setTimeout(r, 700));\nconst { guardAgainstOrphaning } = await import(${JSON.stringify(guard)});\nguardAgainstOrphaning();\nconst t = Date.now(); while (Date.now() - t < 30000) {}\n`);
    fs.writeFileSync(path.join(dir, "parent.mjs"), `import { fork } from "node:child_process";\nconst c = fork(${JSON.stringify(path.join(dir, "busy.mjs"))}, [], { env: { ...process.env, ASSAY_PARENT_PID: String(process.pid) } });\nconsole.log(c.pid);\nprocess.exit(0);\n`);
    const out = spawnSync(process.execPath, [path.join(dir, "parent.mjs")], { encoding: "utf8" });
    const pid = Number(out.stdout.trim());
    expect(pid).toBeGreaterThan(0);
    const alive = () => { try { process.kill(pid, 0); return true; } catch { return false; } };
    const t0 = Date.now();
    while (alive() && Date.now() - t0 < 8000) await new Promise((r) => setTimeout(r, 200));
    const gone = !alive();
    if (!gone) process.kill(pid, "SIGKILL");
    expect(gone).toBe(true);
  });
});
