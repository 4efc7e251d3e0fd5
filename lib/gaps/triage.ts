import { assertCan } from "@/lib/auth/roles";
import type { Actor } from "@/lib/auth/load-actor";
import { AppError } from "@/lib/errors";
import type { GapStatus } from "@/lib/vocabulary";
import { needsType2Commitment, type2CommitmentProblem } from "@/lib/scoring/type2-commitment";

// The triage rules of one gap, in one place: the single-gap form and bulk triage both plan their
// change here, so a field's permission and an acceptance's requirements cannot drift apart.

/** The triage fields of a gap, dates as YYYY-MM-DD. */
export type TriageState = {
  ownerId: string | null;
  dueDate: string | null;
  status: GapStatus;
  acceptanceNote: string | null;
  acceptedUntil: string | null;
};
export type TriageField = keyof TriageState;
export const TRIAGE_FIELDS: readonly TriageField[] = [
  "ownerId",
  "dueDate",
  "status",
  "acceptanceNote",
  "acceptedUntil",
];

/** What an acceptance or a not-applicable needs; one message per missing field. */
export function acceptanceProblems(s: {
  status: GapStatus;
  acceptanceNote: string | null;
  acceptedUntil: string | null;
}): Partial<Record<"acceptanceNote" | "acceptedUntil", string>> {
  const out: Partial<Record<"acceptanceNote" | "acceptedUntil", string>> = {};
  const noteShort = !s.acceptanceNote || s.acceptanceNote.trim().length < 10;
  if (s.status === "risk_accepted") {
    if (noteShort) out.acceptanceNote = "Accepting a risk needs a justification (at least 10 characters).";
    if (!s.acceptedUntil) out.acceptedUntil = "Accepting a risk needs an expiry date: it reopens then.";
  }
  if (s.status === "not_applicable" && noteShort)
    out.acceptanceNote = "Say why this does not apply (at least 10 characters).";
  return out;
}

/**
 * The state a gap moves to and which fields change, or an error: the acceptance fields only live
 * on an accepted or not-applicable gap; touching an acceptance needs gap:accept-risk (H2: rewriting
 * an accepted risk's justification or moving its expiry is accepting the risk again); an expiry
 * cannot be in the past; a Type 1 is accepted only conditionally (compensating controls and a dated
 * Type 2 commitment, lib/scoring/type2-commitment.ts).
 */
export function planTriage(
  actor: Pick<Actor, "role">,
  before: TriageState,
  requested: TriageState,
  today: string,
  gap?: { checkId: string; title: string; detail: string },
): { next: TriageState; changed: TriageField[] } {
  const keepsAcceptance = requested.status === "risk_accepted" || requested.status === "not_applicable";
  const next: TriageState = {
    ownerId: requested.ownerId,
    dueDate: requested.dueDate,
    status: requested.status,
    acceptanceNote: keepsAcceptance ? requested.acceptanceNote : null,
    acceptedUntil: requested.status === "risk_accepted" ? requested.acceptedUntil : null,
  };
  const changed = TRIAGE_FIELDS.filter((k) => (next[k] ?? null) !== (before[k] ?? null));
  const touchesAcceptance =
    keepsAcceptance && changed.some((k) => k === "status" || k === "acceptanceNote" || k === "acceptedUntil");
  if (touchesAcceptance) {
    assertCan(
      actor,
      "gap:accept-risk",
      "Only a security reviewer or an admin can accept a risk, change an acceptance or mark a gap not applicable.",
    );
    const problems = Object.values(acceptanceProblems(next));
    if (problems.length) throw new AppError("INVALID_INPUT", problems.join(" "));
    if (next.status === "risk_accepted" && gap && needsType2Commitment(gap)) {
      const problem = type2CommitmentProblem({ note: next.acceptanceNote, commitmentDate: next.acceptedUntil }, today);
      if (problem) throw new AppError("INVALID_INPUT", problem.message);
    }
  }
  if (changed.includes("acceptedUntil") && next.acceptedUntil && next.acceptedUntil < today)
    throw new AppError("INVALID_INPUT", "An acceptance cannot expire in the past: choose a date from today on.");
  return { next, changed };
}
