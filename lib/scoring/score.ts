import { CHECK_IDS } from "./check-ids";
import type { CheckContext } from "./check-types";
import { CHECKS } from "./checks";
import { addDays, isIsoDate, maxDate } from "./dates";
import { assert } from "./assert";
import { gapKey } from "./gap-key";
import { compareGaps } from "./order";
import { effectivePolicy } from "./policy";
import { SEVERITY_RANK } from "./severity";
import type { Gap, GapRegister, ScoringInput } from "./types";

/** Facts and a date in, a gap register out. Same input, same register: no clock, no I/O. */
export function scoreVendor({ vendor, service, criteria, asOf }: ScoringInput): GapRegister {
  assert(isIsoDate(asOf), `asOf is not a YYYY-MM-DD date: ${asOf}`);
  const policy = effectivePolicy(criteria, service);
  const ctx: CheckContext = {
    vendor,
    service,
    policy,
    asOf,
    coverUntil: service.relianceDate ? maxDate(asOf, service.relianceDate) : asOf,
  };

  const byKey = new Map<string, Gap>();
  for (const checkId of CHECK_IDS) {
    if (policy.disabledChecks.has(checkId)) continue;
    const check = CHECKS[checkId];
    for (const draft of check.run(ctx)) {
      const key = gapKey(vendor.vendorId, service.id, checkId, draft.subject);
      const gap: Gap = {
        key,
        vendorId: vendor.vendorId,
        serviceId: service.id,
        checkId,
        subject: draft.subject,
        severity: draft.severity,
        title: draft.title,
        detail: draft.detail,
        citation: draft.citation,
        ownerRole: draft.ownerRole ?? check.ownerRole,
        dueDate: addDays(asOf, policy.slaDays[draft.severity]),
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
  }
  return { vendorId: vendor.vendorId, serviceId: service.id, asOf, gaps: [...byKey.values()].sort(compareGaps) };
}

function compareCitation(a: Gap, b: Gap): number {
  const left = JSON.stringify([a.citation, a.title, a.detail]);
  const right = JSON.stringify([b.citation, b.title, b.detail]);
  return left < right ? -1 : left > right ? 1 : 0;
}
