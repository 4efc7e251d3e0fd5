import "server-only";
import fs from "node:fs/promises";
import { getBoss } from "@/lib/evidence/jobs/boss";
import { currentWorkers } from "@/lib/evidence/jobs/worker";
import { getBlobStore } from "@/lib/storage/get-blob-store";
import { parseStorageConfig } from "@/lib/storage/config";
import { migrationsCurrent, pingDatabase } from "./data";
import { isStopping } from "./lifecycle.mjs";

export type CheckResult = "ok" | "fail";
export type Readiness = {
  status: "ready" | "not ready" | "stopping";
  checks: { database: CheckResult; migrations: CheckResult; storage: CheckResult; queue: CheckResult };
};

const CHECK_TIMEOUT_MS = 3000;
// A well-formed key nobody writes: asking for it proves the store answers without reading data.
const PROBE_KEY = "00000000-0000-4000-8000-000000000000/00000000-0000-4000-8000-000000000000";

async function check(fn: () => Promise<boolean | void>): Promise<CheckResult> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<false>((r) => (timer = setTimeout(() => r(false), CHECK_TIMEOUT_MS)));
  try {
    const ok = await Promise.race([fn().then((v) => v !== false), expired]);
    return ok ? "ok" : "fail";
  } catch {
    return "fail";
  } finally {
    clearTimeout(timer);
  }
}

async function storageReachable(): Promise<boolean> {
  const config = parseStorageConfig();
  if (config.kind === "local") {
    await fs.mkdir(config.dir, { recursive: true }); // made on first upload otherwise
    await fs.access(config.dir, fs.constants.R_OK | fs.constants.W_OK);
    return true;
  }
  await getBlobStore().inner.exists(PROBE_KEY); // throws when the store cannot be reached
  return true;
}

/** The queue client is up, and this instance's parse workers run unless it is web-only. */
async function queueRunning(): Promise<boolean> {
  await getBoss();
  if (process.env.PARSE_WORKERS === "0") return true;
  const workers = currentWorkers();
  return Boolean(workers && (await workers).running());
}

export async function checkReadiness(): Promise<Readiness> {
  const [database, migrations, storage, queue] = await Promise.all([
    check(pingDatabase),
    check(migrationsCurrent),
    check(storageReachable),
    check(queueRunning),
  ]);
  const checks = { database, migrations, storage, queue };
  if (isStopping()) return { status: "stopping", checks };
  return { status: Object.values(checks).every((c) => c === "ok") ? "ready" : "not ready", checks };
}
