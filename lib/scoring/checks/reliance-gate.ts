import type { CheckContext, GapDraft } from "../check-types";
import { cite } from "../evidence";
import { documentKind, gatedDocuments } from "../register/reliance";

const VERIFY = {
  soc: "Verify the audit firm before relying on the report: its CPA licence with the state board of accountancy (CPAverify) and its latest AICPA peer review, and ask the firm to confirm it issued this report.",
  certificate:
    "Verify the certificate before relying on it: look its number up on the certification body's public register and on IAF CertSearch or the accreditation body's register, and confirm the holder, scope and dates match.",
  other: "Verify the document with its issuer before relying on it.",
} as const;

/**
 * Serious authenticity signals (issuer not identifiable, re-used text, one certificate number under two
 * bodies) gate a document: one critical finding saying what to verify; its content findings are held
 * behind it (register/assemble.ts).
 */
export function checkRelianceGate({ vendor }: CheckContext): GapDraft[] {
  return [...gatedDocuments(vendor)].map(([documentId, flags]): GapDraft => {
    const kind = documentKind(vendor, documentId);
    const first = flags.find((flag) => flag.source !== null) ?? flags[0]!;
    return {
      subject: `${documentId}:reliance`,
      severity: "critical",
      title: "Do not rely on this document until it is verified",
      detail: `Authenticity signals: ${flags.map((flag) => flag.text.replace(/\.?$/, ".")).join(" ")} ${VERIFY[kind]}`,
      citation: cite(documentId, first.source),
      ownerRole: "analyst",
      blocksDocument: documentId,
    };
  });
}
