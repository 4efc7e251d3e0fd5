// CPU time used by a process tree, from /proc (Linux). Wall-clock latency on a shared 2-core box
// mostly measures who else is running; CPU seconds per request measure what the app itself costs.
import fs from "node:fs";

const TICK_MS = 10; // USER_HZ is 100 on every mainstream Linux build

function stat(pid) {
  try {
    const raw = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name may contain spaces and parentheses: fields start after the last ")".
    const f = raw.slice(raw.lastIndexOf(")") + 2).split(" ");
    return { ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]) };
  } catch {
    return null; // gone, or not Linux
  }
}

/** Milliseconds of CPU used so far by pid and all its live descendants (plus children they reaped). */
export function treeCpuMs(rootPid) {
  if (!rootPid || !fs.existsSync("/proc")) return NaN;
  const children = new Map();
  const ticks = new Map();
  for (const name of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    const s = stat(name);
    if (!s) continue;
    ticks.set(Number(name), s.ticks);
    if (!children.has(s.ppid)) children.set(s.ppid, []);
    children.get(s.ppid).push(Number(name));
  }
  let total = 0;
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop();
    total += ticks.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total * TICK_MS;
}

/** The embedded PostgreSQL's postmaster pid, when the database is the embedded one. */
export function embeddedPostmasterPid(dir = process.env.EMBEDDED_PG_DIR ?? ".data/pg") {
  try {
    return Number(fs.readFileSync(`${dir}/postmaster.pid`, "utf8").split("\n")[0]) || null;
  } catch {
    return null;
  }
}
