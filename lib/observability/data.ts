import "server-only";
import fs from "node:fs";
import path from "node:path";
import { systemDb } from "@/lib/db";

export type ParseQueueStats = { waiting: number; parsing: number; oldestWaitingSeconds: number };

/** Cross-tenant counts only (no ids, no names): what the queue gauges need. */
export async function parseQueueStats(): Promise<ParseQueueStats> {
  const [row] = await systemDb.$queryRaw<Array<{ waiting: number; parsing: number; oldest: number | null }>>`
    SELECT count(*) FILTER (WHERE "parseStatus" IN ('queued', 'retrying'))::int AS "waiting",
           count(*) FILTER (WHERE "parseStatus" = 'parsing')::int AS "parsing",
           EXTRACT(EPOCH FROM now() - min("uploadedAt") FILTER (WHERE "parseStatus" IN ('queued', 'retrying')))::float8 AS "oldest"
      FROM "Document" WHERE "parseStatus" IN ('queued', 'retrying', 'parsing')`;
  return { waiting: row?.waiting ?? 0, parsing: row?.parsing ?? 0, oldestWaitingSeconds: row?.oldest ?? 0 };
}

/** Answers when the database answers a trivial query. */
export async function pingDatabase(): Promise<void> {
  await systemDb.$queryRaw`SELECT 1`;
}

/** True when every migration in this build's prisma/migrations is applied (and none failed). */
export async function migrationsCurrent(
  dir = path.resolve(/*turbopackIgnore: true*/ process.cwd(), "prisma/migrations"),
): Promise<boolean> {
  const local = fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
  const rows = await systemDb.$queryRaw<Array<{ migration_name: string }>>`
    SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
  const applied = new Set(rows.map((r) => r.migration_name));
  return local.every((name) => applied.has(name));
}
