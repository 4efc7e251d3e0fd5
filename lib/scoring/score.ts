import { CHECK_IDS } from "./check-ids";
import type { CheckContext, GapDraft } from "./check-types";
import { CHECKS } from "./checks";
import { addDays, compareDates, isIsoDate, maxDate } from "./dates";
import { fail } from "./assert";
import { gapKey } from "./gap-key";
import { inDraftOrder } from "./draft-order";
import { compareGaps } from "./order";
import { effectivePolicy, type EffectivePolicy } from "./policy";
import { assembleRegister, type RaisedDraft } from "./register/assemble";
import { documentRefs, stableSubject } from "./register/doc-refs";
import { foreignDocuments, withoutDocuments } from "./register/reliance";
import { assertUniqueDocumentIds } from "./register/unique-ids";
import { SEVERITY_RANK } from "./severity";
import type { Gap, GapRegister, IsoDate, ScoringInput } from "./types";

/** Facts and a date in, a gap register out. Same input, same register: no clock, no I/O. */
export function scoreVendor({ vendor, service, criteria, asOf }: ScoringInput): GapRegister {
  if (!isIsoDate(asOf)) fail(`asOf is not a YYYY-MM-DD date: ${asOf}`);
  assertUniqueDocumentIds(vendor);
  const policy = effectivePolicy(criteria, service);
  const foreign = foreignDocuments(vendor, service);
  const ctx: CheckContext = {
    vendor: withoutDocuments(vendor, new Set(foreign.map((doc) => doc.documentId))),
    service,
    policy,
    asOf,
    coverUntil: service.relianceDate ? maxDate(asOf, service.relianceDate) : asOf,
    foreign,
  };

  const raised: RaisedDraft[] = [];
  for (const checkId of CHECK_IDS) {
    if (policy.disabledChecks.has(checkId)) continue;
    const drafts = CHECKS[checkId].run(ctx);
    // Within a check, a fixed order: grouping below must not depend on the order documents arrived in.
    for (const draft of drafts.length > 1 ? inDraftOrder(drafts) : drafts) raised.push({ checkId, draft });
  }

  // Gap identity leaves the upload out: next year's report raising the same finding is the same gap.
  const refs = documentRefs(vendor);
  const byKey = new Map<string, Gap>();
  const slaDue = new Map<string, IsoDate>();
  for (const { checkId, draft } of assembleRegister(raised, ctx, refs)) {
    const subject = stableSubject(draft.subject, refs);
    const key = gapKey(vendor.vendorId, service.id, checkId, subject);
    const gap: Gap = {
      key,
      vendorId: vendor.vendorId,
      serviceId: service.id,
      checkId,
      subject,
      severity: draft.severity,
      title: draft.title,
      detail: draft.detail,
      citation: draft.citation,
      ownerRole: draft.ownerRole ?? CHECKS[checkId].ownerRole,
      dueDate: dueDate(draft, policy, asOf, slaDue),
    };
    // Two documents can raise the same subject (duplicate uploads): keep the more severe, then the first in order.
    const existing = byKey.get(key);
    if (
      !existing ||
      SEVERITY_RANK[gap.severity] < SEVERITY_RANK[existing.severity] ||
      (gap.severity === existing.severity && compareCitation(gap, existing) < 0)
    ) {
      byKey.set(key, gap);
    }
  }
  return { vendorId: vendor.vendorId, serviceId: service.id, asOf, gaps: [...byKey.values()].sort(compareGaps) };
}

/**
 * The admin's SLA for the severity, unless the fix depends on a later date (a bridge letter cannot
 * vouch for cover up to the reliance date before that date): then that date.
 */
function dueDate(draft: GapDraft, policy: EffectivePolicy, asOf: IsoDate, slaDue: Map<string, IsoDate>): IsoDate {
  // Worked out once per severity in a register, not once per gap.
  let bySla = slaDue.get(draft.severity);
  if (bySla === undefined) slaDue.set(draft.severity, (bySla = addDays(asOf, policy.slaDays[draft.severity])));
  return draft.dueBy && compareDates(draft.dueBy, bySla) > 0 ? draft.dueBy : bySla;
}

function compareCitation(a: Gap, b: Gap): number {
  const left = JSON.stringify([a.citation, a.title, a.detail]);
  const right = JSON.stringify([b.citation, b.title, b.detail]);
  return left < right ? -1 : left > right ? 1 : 0;
}
