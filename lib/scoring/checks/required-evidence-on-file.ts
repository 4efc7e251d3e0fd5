import type { CheckContext, GapDraft } from "../check-types";
import { describeEvidenceOnFile, listNames } from "../describe";
import { setIsSatisfied } from "../requirements";
import { forTier } from "../severity";
import type { RequiredEvidence } from "../types";

const WANTS: Record<RequiredEvidence, (versions: string) => string> = {
  soc2_type2: () => "a SOC 2 Type 2 report",
  iso27001: (versions) => `an ISO/IEC 27001 certificate (version ${versions})`,
  soc2_type2_or_iso27001: (versions) => `a SOC 2 Type 2 report or an ISO/IEC 27001 certificate (version ${versions})`,
  soc2_type2_and_iso27001: (versions) =>
    `both a SOC 2 Type 2 report and an ISO/IEC 27001 certificate (version ${versions})`,
};

/** Is the evidence each of the buyer's regions requires for this vendor tier on file? (market-and-domain §3.15) */
export function checkRequiredEvidenceOnFile({ vendor, policy, asOf }: CheckContext): GapDraft[] {
  return policy.sets
    .filter((set) => !setIsSatisfied(set, vendor, asOf))
    .map((set) => ({
      subject: `region:${set.region}`,
      severity: forTier("high", vendor.tier),
      title: `Required evidence missing for ${set.region}`,
      detail:
        `${set.region} policy for a ${set.tier}-tier vendor asks for ${WANTS[set.requiredEvidence](set.acceptedIsoVersions.join(" or ") || "none accepted")}` +
        `${policy.evidenceBecause[set.id] ? ` because ${listNames(policy.evidenceBecause[set.id]!)}` : ""}. ` +
        describeEvidenceOnFile(vendor),
      citation: null,
    }));
}
