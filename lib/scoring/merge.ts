import { compareDates } from "./dates";
import { compareGaps } from "./order";
import { SEVERITY_RANK } from "./severity";
import { acceptanceLapsedNote } from "./type2-commitment";
import type { Gap, GapRegister, IsoDate } from "./types";

/** The one gap-status vocabulary: the database's GapStatus enum is these values (tests/unit/vocabulary.test.ts). */
export const GAP_STATUSES = [
  "open",
  "in_progress",
  "resolved",
  "risk_accepted",
  "not_applicable",
  "withdrawn",
] as const;
export type GapStatus = (typeof GAP_STATUSES)[number];

export type GapComment = { author: string; date: IsoDate; text: string };

/**
 * Why a gap is not being worked: the justification and, for an accepted risk, until when. A risk
 * accepted with no end date reopens at the next re-score; a gap marked not applicable never expires.
 */
export type RiskAcceptance = { reason: string | null; expiresOn: IsoDate | null };

/** What people add to a gap; carried from one scoring to the next by `mergeRegisters`. */
export type GapTracking = {
  status: GapStatus;
  owner: string | null;
  comments: GapComment[];
  acceptance: RiskAcceptance | null;
  firstSeenOn: IsoDate;
  resolvedOn: IsoDate | null;
  /** Raised again from a newer document than the one it was first raised from: a repeat finding. */
  repeat?: boolean;
  /** Why a gap closed, for the record (set when a re-score resolves it). */
  closedReason?: string | null;
};

/**
 * Documents no longer scored, by id, and why: superseded by a newer one (its findings that the newer
 * one no longer shows were fixed) or deleted as a wrong upload (its findings are withdrawn, not fixed).
 */
export type RetiredDocuments = ReadonlyMap<string, { reason: string; withdrawn: boolean }>;

export type TrackedGap = Gap & GapTracking;

export type TrackedRegister = Omit<GapRegister, "gaps"> & { gaps: TrackedGap[] };

export type PreviousRegister = Omit<GapRegister, "gaps"> & { gaps: (Gap & Partial<GapTracking>)[] };

const SYSTEM = "assay";

function note(asOf: IsoDate, text: string): GapComment {
  return { author: SYSTEM, date: asOf, text };
}

/**
 * Carry owners, statuses, comments and risk acceptances from the previous register into a re-score:
 * - a gap in both keeps its tracking; a resolved gap whose cause persists reopens; an accepted risk
 *   past (or without) its expiry reopens, a not-applicable one stays; the earlier due date wins
 *   unless severity got worse (then the sooner one);
 * - a gap only in the new score is new and open;
 * - a gap only in the previous one is resolved (its cause is gone) and kept for the record.
 */
export function mergeRegisters(
  previous: PreviousRegister | null,
  next: GapRegister,
  asOf: IsoDate,
  retired: RetiredDocuments = new Map(),
): TrackedRegister {
  const before = new Map((previous?.gaps ?? []).map((gap) => [gap.key, gap]));
  const merged: TrackedGap[] = next.gaps.map((gap) => {
    const old = before.get(gap.key);
    before.delete(gap.key);
    if (!old)
      return {
        ...gap,
        status: "open",
        owner: null,
        comments: [],
        acceptance: null,
        firstSeenOn: asOf,
        resolvedOn: null,
      };
    return { ...gap, ...carry(old, gap, asOf) };
  });

  const citedNow = new Set(next.gaps.map((gap) => gap.citation?.documentId).filter(Boolean));
  for (const old of before.values()) {
    const tracking = withDefaults(old, asOf);
    if (tracking.status === "resolved" || tracking.status === "withdrawn") {
      merged.push({ ...old, ...tracking });
      continue;
    }
    const gone = old.citation?.documentId ? retired.get(old.citation.documentId) : undefined;
    const reason = gone?.reason ?? closedReason(old, citedNow);
    const status = gone?.withdrawn ? "withdrawn" : "resolved";
    merged.push({
      ...old,
      ...tracking,
      status,
      resolvedOn: asOf,
      closedReason: reason,
      comments: [...tracking.comments, note(asOf, `${status === "withdrawn" ? "Withdrawn" : "Resolved"}: ${reason}`)],
    });
  }
  return { vendorId: next.vendorId, serviceId: next.serviceId, asOf: next.asOf, gaps: merged.sort(compareGaps) };
}

/** A finding the newer evidence no longer shows: say whether newer documents replaced the one it cited. */
function closedReason(old: Gap, citedNow: ReadonlySet<string | undefined>): string {
  const doc = old.citation?.documentId;
  if (doc && !citedNow.has(doc) && citedNow.size > 0)
    return `the documents now on file no longer show it (it was raised from ${doc}).`;
  return "the re-score no longer raises this gap.";
}

function withDefaults(gap: Gap & Partial<GapTracking>, asOf: IsoDate): GapTracking {
  return {
    status: gap.status ?? "open",
    owner: gap.owner ?? null,
    comments: gap.comments ?? [],
    acceptance: gap.acceptance ?? null,
    firstSeenOn: gap.firstSeenOn ?? asOf,
    resolvedOn: gap.resolvedOn ?? null,
    ...(gap.repeat ? { repeat: true } : {}),
    ...(gap.closedReason ? { closedReason: gap.closedReason } : {}),
  };
}

function carry(old: Gap & Partial<GapTracking>, gap: Gap, asOf: IsoDate): GapTracking & { dueDate: IsoDate } {
  const base = withDefaults(old, asOf);
  // Same finding, raised from another document than before (next year's report): kept, marked a repeat.
  const fromNewDocument =
    old.citation?.documentId !== undefined && old.citation?.documentId !== gap.citation?.documentId;
  const tracking: GapTracking = fromNewDocument || base.repeat ? { ...base, repeat: true } : base;
  const worse = SEVERITY_RANK[gap.severity] < SEVERITY_RANK[old.severity];
  // A due date once promised stays; only a worsening can bring it forward.
  const dueDate = worse ? earlier(old.dueDate, gap.dueDate) : old.dueDate;

  if (tracking.status === "resolved" || tracking.status === "withdrawn") {
    const was = tracking.status === "withdrawn" ? "withdrawn" : "marked resolved";
    return {
      ...tracking,
      dueDate: gap.dueDate,
      status: "open",
      resolvedOn: null,
      closedReason: null,
      comments: [...tracking.comments, note(asOf, `Reopened: ${was}, but the re-score still raises it.`)],
    };
  }
  if (tracking.status === "risk_accepted") {
    const expiresOn = tracking.acceptance?.expiresOn ?? null;
    const expired = expiresOn === null || compareDates(expiresOn, asOf) <= 0;
    // A risk was accepted as it stood: once the finding is worse (expiring -> expired) it is a new risk.
    if (worse && !expired) {
      return {
        ...tracking,
        dueDate: gap.dueDate,
        status: "open",
        comments: [
          ...tracking.comments,
          note(
            asOf,
            `Reopened: the finding got worse (${old.severity} -> ${gap.severity}) since the risk was accepted.`,
          ),
        ],
      };
    }
    if (expired) {
      return {
        ...tracking,
        dueDate: gap.dueDate,
        status: "open",
        comments: [...tracking.comments, note(asOf, acceptanceLapsedNote(gap, expiresOn))],
      };
    }
  }
  return { ...tracking, dueDate };
}

function earlier(a: IsoDate, b: IsoDate): IsoDate {
  return compareDates(a, b) <= 0 ? a : b;
}
