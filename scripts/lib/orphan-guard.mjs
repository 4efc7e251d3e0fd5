// Kills this process if its parent goes away. A parser child whose parent died (killed test runner,
// crashed server) would otherwise keep chewing on a hostile PDF forever: the IPC "disconnect" event
// cannot fire while pdf.js blocks the main thread, so the check runs on its own thread.
import { Worker } from "node:worker_threads";

export function guardAgainstOrphaning() {
  const watcher = new Worker(
    `const { workerData } = require("node:worker_threads");
     setInterval(() => { if (process.ppid !== workerData.ppid) process.kill(process.pid, "SIGKILL"); }, 1000);`,
    { eval: true, workerData: { ppid: process.ppid } },
  );
  watcher.unref();
}
