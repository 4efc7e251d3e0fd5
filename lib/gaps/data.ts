import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";

export const OPEN_STATUSES = ["open", "in_progress"] as const;

export async function countOpenGapsBySeverity(actor: Actor): Promise<Record<"critical" | "high" | "medium" | "low", number>> {
  const rows = await db.gap.groupBy({
    by: ["severity"],
    where: { tenantId: actor.tenantId, status: { in: [...OPEN_STATUSES] } },
    _count: { _all: true },
  });
  const out = { critical: 0, high: 0, medium: 0, low: 0 };
  for (const r of rows) out[r.severity] = r._count._all;
  return out;
}

export async function findGaps(actor: Actor, opts: { take?: number } = {}) {
  return db.gap.findMany({
    where: { tenantId: actor.tenantId },
    select: {
      id: true, severity: true, title: true, status: true, dueDate: true, checkId: true,
      vendor: { select: { id: true, legalName: true } },
    },
    orderBy: [{ status: "asc" }, { severity: "asc" }, { dueDate: "asc" }],
    take: opts.take ?? 100,
  });
}
