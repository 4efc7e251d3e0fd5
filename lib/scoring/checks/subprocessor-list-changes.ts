import type { CheckContext, GapDraft } from "../check-types";
import { compareSubprocessorLists } from "../compare/subprocessor-lists";
import { cite } from "../evidence";
import { listNames } from "../describe";
import { shortHash } from "../hash";
import { entityKey } from "../names";
import { forTier, raise } from "../severity";
import type { Subprocessor } from "../types";

const SENSITIVE = ["sensitive_personal", "health", "payment_card", "credentials", "financial"];

const described = (entry: Subprocessor) =>
  `${entry.name}${entry.purpose ? ` (${entry.purpose})` : ""}${entry.locations?.length ? `, ${entry.locations.join(", ")}` : ""}`;

/**
 * A new version of the vendor's sub-processor list against the one it superseded: entities added since
 * that touch the buyer's data (or may: the list does not say they do not) are new onward transfers the
 * buyer has not assessed, one finding per set of additions; entities that moved are a second finding.
 * Removals are shown on the comparison panel, not raised: they reduce exposure.
 */
export function checkSubprocessorListChanges({ vendor, service }: CheckContext): GapDraft[] {
  if (!service.dataTypes.some((type) => type !== "public")) return [];
  const sensitive = service.dataTypes.some((type) => SENSITIVE.includes(type));
  return vendor.subprocessorLists.flatMap((list): GapDraft[] => {
    if (!list.previous) return [];
    const { added, relocated } = compareSubprocessorLists(list.previous, list);
    const touching = (entry: Subprocessor) => entry.handlesBuyerData !== false;
    const newOnes = added.filter(touching);
    const moved = relocated.filter((item) => touching(item.entry));
    const gaps: GapDraft[] = [];
    const base = forTier("medium", vendor.tier);
    if (newOnes.length) {
      const names = newOnes.map((entry) => entry.name);
      gaps.push({
        subject: `${list.documentId}:added:${shortHash(names.map(entityKey).sort().join("|"))}`,
        severity: sensitive ? raise(base) : base,
        title: `New sub-processors since the previous list: ${listNames(names)}`,
        detail: `${newOnes.map(described).join("; ")}. Each may receive your data and was not on the list you assessed before. Confirm what data each receives, where, under which transfer mechanism, and that the vendor's DPA flows down to it; object within the contract's notice period if it is not acceptable.`,
        citation: cite(list.documentId, newOnes[0]!.source),
      });
    }
    if (moved.length) {
      const names = moved.map((item) => item.entry.name);
      gaps.push({
        subject: `${list.documentId}:relocated:${shortHash(names.map(entityKey).sort().join("|"))}`,
        severity: base,
        title: `Sub-processors moved since the previous list: ${listNames(names)}`,
        detail: `${moved.map((item) => `${item.entry.name}: ${item.before.join(", ") || "—"} → ${item.after.join(", ") || "—"}`).join("; ")}. Check that your data may be processed in the new locations and that a transfer mechanism covers them.`,
        citation: cite(list.documentId, moved[0]!.entry.source),
      });
    }
    return gaps;
  });
}
