import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { tenantDb, withTenant } from "@/lib/db";
import { fromDbDate, toDbDate, todayIso } from "@/lib/dates";
import { AppError, notFound } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/mutations";
import type { BulkTriageInput, UpdateGapInput } from "./schema";
import { planTriage, type TriageField, type TriageState } from "./triage";

/** What a gap's triage is read from (and, for a Type 1 gap, which check raised it). */
const TRIAGE_SELECT = {
  id: true,
  ownerId: true,
  dueDate: true,
  status: true,
  acceptanceNote: true,
  acceptedUntil: true,
  version: true,
  checkId: true,
  title: true,
  detail: true,
} as const;

function triageStateOf(gap: {
  ownerId: string | null;
  dueDate: Date | null;
  status: TriageState["status"];
  acceptanceNote: string | null;
  acceptedUntil: Date | null;
}): TriageState {
  return {
    ownerId: gap.ownerId,
    dueDate: fromDbDate(gap.dueDate),
    status: gap.status,
    acceptanceNote: gap.acceptanceNote,
    acceptedUntil: fromDbDate(gap.acceptedUntil),
  };
}

/** Resolving stamps the day once; leaving "resolved" clears it. */
function resolvedAtFor(from: string, to: string): Date | null | undefined {
  return to === "resolved" ? (from === "resolved" ? undefined : new Date()) : null;
}

async function assertMember(actor: Actor, userId: string): Promise<void> {
  const m = await tenantDb(actor.tenantId).membership.findUnique({
    where: { tenantId_userId: { tenantId: actor.tenantId, userId } },
    select: { id: true },
  });
  if (!m) throw new AppError("INVALID_INPUT", "The owner must be a member of your organisation.");
}

/**
 * Triage one gap: owner, due date, status (risk acceptance needs a justification and an expiry,
 * and the gap:accept-risk permission), plus an optional comment. Every change is in the history.
 */
function staleGap(): AppError {
  return new AppError(
    "CONFLICT",
    "Someone else changed this gap since you opened it. Reload the page to see their change, then save again.",
  );
}

export async function updateGap(actor: Actor, input: UpdateGapInput): Promise<{ changed: string[] }> {
  const db = tenantDb(actor.tenantId);
  const gap = await db.gap.findFirst({
    where: { tenantId: actor.tenantId, id: input.gapId },
    select: { ...TRIAGE_SELECT, vendorId: true },
  });
  if (!gap) throw notFound("That gap");
  if (gap.version !== input.version) throw staleGap();
  if (input.ownerId) await assertMember(actor, input.ownerId);
  const before = triageStateOf(gap);
  const { next, changed } = planTriage(actor, before, input, todayIso(), gap);
  if (!changed.length && !input.comment) return { changed };
  await withTenant(actor.tenantId, async (tx) => {
    // Conditional on the version read: of two people saving the same gap at once, one wins and
    // the other is told, instead of silently overwriting the first (the trigger bumps version).
    const { count } = await tx.gap.updateMany({
      where: { id: gap.id, version: input.version },
      data: {
        ownerId: next.ownerId,
        dueDate: toDbDate(next.dueDate),
        status: next.status,
        acceptanceNote: next.acceptanceNote,
        acceptedUntil: toDbDate(next.acceptedUntil),
        resolvedAt: resolvedAtFor(gap.status, next.status),
      },
    });
    if (count !== 1) throw staleGap();
    if (input.comment)
      await tx.gapComment.create({
        data: { tenantId: actor.tenantId, gapId: gap.id, authorId: actor.userId, body: input.comment },
      });
    await recordAudit(
      actor,
      {
        action: "gap.update",
        entityType: "Gap",
        entityId: gap.id,
        data: { changed, before, after: next, commented: Boolean(input.comment) },
      },
      tx,
    );
  });
  return { changed };
}

/**
 * Bulk triage: the same owner, due date and/or status applied to each selected gap, each planned
 * by the single-gap rules (planTriage), so acceptance fields need gap:accept-risk exactly as on the
 * gap's own page. All or nothing: every gap is planned before anything is written, one refusal
 * stops the whole save, and each changed gap gets its own audit event in the same transaction.
 */
export async function bulkTriageGaps(
  actor: Actor,
  input: BulkTriageInput,
  today = todayIso(),
): Promise<{ changed: number; unchanged: number }> {
  if (input.ownerId && input.ownerId !== "none") await assertMember(actor, input.ownerId);
  return withTenant(actor.tenantId, async (tx) => {
    const gaps = await tx.gap.findMany({
      where: { tenantId: actor.tenantId, id: { in: input.gapIds } },
      select: TRIAGE_SELECT,
    });
    if (gaps.length !== input.gapIds.length) throw notFound("One of the selected gaps");
    const plans = gaps.map((gap) => {
      const before = triageStateOf(gap);
      const status = input.status ?? before.status;
      // A new acceptance status brings its own justification and expiry; otherwise each gap keeps its own.
      const setsAcceptance = input.status === "risk_accepted" || input.status === "not_applicable";
      const requested: TriageState = {
        ownerId: input.ownerId === "none" ? null : (input.ownerId ?? before.ownerId),
        dueDate: input.dueDate ?? before.dueDate,
        status,
        acceptanceNote: setsAcceptance ? (input.acceptanceNote ?? null) : before.acceptanceNote,
        acceptedUntil: setsAcceptance ? (input.acceptedUntil ?? null) : before.acceptedUntil,
      };
      return { gap, before, ...planTriage(actor, before, requested, today, gap) };
    });
    let changed = 0;
    for (const p of plans) {
      if (!p.changed.length) continue;
      const { count } = await tx.gap.updateMany({
        where: { id: p.gap.id, version: p.gap.version },
        data: {
          ownerId: p.next.ownerId,
          dueDate: toDbDate(p.next.dueDate),
          status: p.next.status,
          acceptanceNote: p.next.acceptanceNote,
          acceptedUntil: toDbDate(p.next.acceptedUntil),
          resolvedAt: resolvedAtFor(p.gap.status, p.next.status),
        },
      });
      if (count !== 1) throw staleGap();
      await recordAudit(
        actor,
        {
          action: "gap.update",
          entityType: "Gap",
          entityId: p.gap.id,
          data: {
            changed: p.changed,
            before: pick(p.before, p.changed),
            after: pick(p.next, p.changed),
            commented: false,
            bulk: true,
          },
        },
        tx,
      );
      changed++;
    }
    return { changed, unchanged: plans.length - changed };
  });
}

function pick(s: TriageState, fields: TriageField[]): Record<string, string | null> {
  return Object.fromEntries(fields.map((f) => [f, s[f]]));
}
