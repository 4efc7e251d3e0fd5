import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { assertCan } from "@/lib/auth/roles";
import { tenantDb, withTenant } from "@/lib/db";
import { fromDbDate, toDbDate, todayIso } from "@/lib/dates";
import { AppError, notFound } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/mutations";
import { needsType2Commitment, type2CommitmentProblem } from "@/lib/scoring/type2-commitment";
import type { UpdateGapInput } from "./schema";

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
    select: {
      id: true,
      vendorId: true,
      ownerId: true,
      dueDate: true,
      status: true,
      acceptanceNote: true,
      acceptedUntil: true,
      version: true,
      checkId: true,
      title: true,
      detail: true,
    },
  });
  if (!gap) throw notFound("That gap");
  if (gap.version !== input.version) throw staleGap();
  if (input.ownerId) {
    const m = await db.membership.findUnique({
      where: { tenantId_userId: { tenantId: actor.tenantId, userId: input.ownerId } },
      select: { id: true },
    });
    if (!m) throw new AppError("INVALID_INPUT", "The owner must be a member of your organisation.");
  }
  const keepsAcceptance = input.status === "risk_accepted" || input.status === "not_applicable";
  const next = {
    ownerId: input.ownerId,
    dueDate: input.dueDate,
    status: input.status,
    acceptanceNote: keepsAcceptance ? input.acceptanceNote : null,
    acceptedUntil: input.status === "risk_accepted" ? input.acceptedUntil : null,
  };
  const before = {
    ownerId: gap.ownerId,
    dueDate: fromDbDate(gap.dueDate),
    status: gap.status,
    acceptanceNote: gap.acceptanceNote,
    acceptedUntil: fromDbDate(gap.acceptedUntil),
  };
  const changed = (Object.keys(next) as (keyof typeof next)[]).filter((k) => (next[k] ?? null) !== (before[k] ?? null));
  // H2: the permission guards the acceptance itself, not only the status change: rewriting an
  // accepted risk's justification or moving its expiry is accepting the risk again.
  const touchesAcceptance =
    keepsAcceptance && changed.some((k) => k === "status" || k === "acceptanceNote" || k === "acceptedUntil");
  if (touchesAcceptance)
    assertCan(
      actor,
      "gap:accept-risk",
      "Only a security reviewer or an admin can accept a risk, change an acceptance or mark a gap not applicable.",
    );
  if (changed.includes("acceptedUntil") && next.acceptedUntil && next.acceptedUntil < todayIso())
    throw new AppError("INVALID_INPUT", "An acceptance cannot expire in the past: choose a date from today on.");
  // A Type 1 is accepted only conditionally: compensating controls and a dated Type 2 commitment.
  if (touchesAcceptance && next.status === "risk_accepted" && needsType2Commitment(gap)) {
    const problem = type2CommitmentProblem(
      { note: next.acceptanceNote, commitmentDate: next.acceptedUntil },
      todayIso(),
    );
    if (problem) throw new AppError("INVALID_INPUT", problem.message);
  }
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
        resolvedAt: next.status === "resolved" ? (gap.status === "resolved" ? undefined : new Date()) : null,
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
