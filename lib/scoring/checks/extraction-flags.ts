import { isSeriousAuthenticityFlag } from "../register/reliance";
import type { CheckContext, GapDraft } from "../check-types";
import { cite } from "../evidence";
import { shortHash } from "../hash";
import { normalizeText } from "../names";
import { forTier } from "../severity";

/** Did extraction raise authenticity or consistency concerns about a document? (§3.17) */
export function checkExtractionFlags({ vendor }: CheckContext): GapDraft[] {
  // Serious authenticity signals become one reliance-gate finding per document instead.
  return vendor.flags
    .filter((flag) => !isSeriousAuthenticityFlag(flag))
    .map((flag) => ({
      subject: `${flag.documentId}:${flag.kind}:${shortHash(normalizeText(flag.text))}`,
      severity: flag.kind === "authenticity" ? forTier("high", vendor.tier) : "medium",
      title: flag.kind === "authenticity" ? "Authenticity concern about a document" : "Document contradicts itself",
      detail: `${flag.text} ${flag.kind === "authenticity" ? "Verify the document with its issuer before relying on it." : "Ask the vendor which version is right."}`,
      citation: cite(flag.documentId, flag.source),
      ownerRole: "analyst" as const,
    }));
}
