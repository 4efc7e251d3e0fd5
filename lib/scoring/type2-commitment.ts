import { addDays, compareDates } from "./dates";
import type { Gap, IsoDate } from "./types";

/** The title of the gap a SOC 2 Type 1 raises where a Type 2 is required (kept here: acceptance keys on it). */
export const TYPE1_TITLE = "SOC 2 Type 1 given where a Type 2 is required";

/**
 * The latest Type 2 commitment accepted: a first Type 2 needs an observation window (three to
 * twelve months, usually six) and four to six weeks to issue, so a year from the acceptance.
 */
export const MAX_TYPE2_COMMITMENT_DAYS = 365;

/** The least a compensating-controls statement can say and still name something. */
const MIN_COMPENSATING_CONTROLS = 20;

/**
 * A gap that exists because the vendor's SOC 2 is a Type 1 (on its own, or folded into "required
 * evidence missing"). An early-stage vendor's Type 1 is accepted only conditionally: compensating
 * controls in the acceptance note and a dated Type 2 commitment as the acceptance's end date.
 */
export function needsType2Commitment(gap: Pick<Gap, "checkId" | "title" | "detail">): boolean {
  if (gap.checkId === "soc2-type-2-on-file") return gap.title === TYPE1_TITLE;
  return gap.checkId === "required-evidence-on-file" && gap.detail.includes(TYPE1_TITLE);
}

/**
 * Why a risk acceptance of a Type 1 gap is not a conditional acceptance, or null when it is:
 * compensating controls stated, a Type 2 commitment date from `today` to a year ahead.
 */
export function type2CommitmentProblem(
  acceptance: { note: string | null; commitmentDate: IsoDate | null },
  today: IsoDate,
): { field: "acceptanceNote" | "acceptedUntil"; message: string } | null {
  if ((acceptance.note ?? "").trim().length < MIN_COMPENSATING_CONTROLS)
    return {
      field: "acceptanceNote",
      message: `A Type 1 is accepted only with compensating controls: say which controls cover the untested period (at least ${MIN_COMPENSATING_CONTROLS} characters).`,
    };
  if (!acceptance.commitmentDate)
    return {
      field: "acceptedUntil",
      message: "A Type 1 is accepted only with the date the vendor committed to deliver its Type 2 report.",
    };
  const latest = addDays(today, MAX_TYPE2_COMMITMENT_DAYS);
  if (compareDates(acceptance.commitmentDate, latest) > 0)
    return {
      field: "acceptedUntil",
      message: `A Type 2 commitment more than a year ahead (after ${latest}) is not a commitment: ask the vendor for a nearer date.`,
    };
  return null;
}

/**
 * The note a re-score writes when an accepted gap reopens at its end date. For a Type 1 accepted
 * on a Type 2 commitment, the gap still being raised on that date means no Type 2 arrived.
 */
export function acceptanceLapsedNote(
  gap: Pick<Gap, "checkId" | "title" | "detail">,
  expiresOn: IsoDate | null,
): string {
  if (expiresOn && needsType2Commitment(gap))
    return `Reopened: the vendor committed to a SOC 2 Type 2 report by ${expiresOn} and none has arrived; the conditional acceptance of its Type 1 has ended.`;
  return `Reopened: the risk acceptance expired${expiresOn ? ` on ${expiresOn}` : " (it had no end date)"}.`;
}
