// Kills this process if its parent goes away. A parser child whose parent died (killed test runner,
// crashed server) would otherwise keep chewing on a hostile PDF forever: the IPC "disconnect" event
// cannot fire while pdf.js blocks the main thread, so the check runs on its own thread.
import { Worker } from "node:worker_threads";

// The parent passes its pid in ASSAY_PARENT_PID: a parent killed right after fork() (before this
// file runs) has already handed us to init, and process.ppid read here would look "normal".
export function guardAgainstOrphaning() {
  const expected = Number(process.env.ASSAY_PARENT_PID) || process.ppid;
  if (process.ppid !== expected) process.kill(process.pid, "SIGKILL");
  const watcher = new Worker(
    `const { workerData } = require("node:worker_threads");
     setInterval(() => { if (process.ppid !== workerData.ppid) process.kill(process.pid, "SIGKILL"); }, 1000);`,
    { eval: true, workerData: { ppid: expected } },
  );
  watcher.unref();
}
