import { entityKey, normalizeText } from "../names";
import type { VendorEvidence } from "../types";

/**
 * A document's lasting identity inside a vendor's evidence: what it IS (the vendor's SOC 2, its
 * ISO/IEC 27001 certificate number X, its sub-processor list), not which upload it came from. Gap
 * keys use it, so a finding that persists into next year's report keeps its triage.
 */
export function documentRefs(vendor: VendorEvidence): Map<string, string> {
  const refs = new Map<string, string>();
  for (const report of vendor.socReports) refs.set(report.documentId, `${report.kind}-report`);
  for (const letter of vendor.bridgeLetters) refs.set(letter.documentId, "bridge-letter");
  for (const cert of vendor.isoCertificates) {
    const standard = normalizeText(cert.standard ?? "").replace(/\s+/g, "") || "unknown";
    const number = cert.certificateNumber ? entityKey(cert.certificateNumber) : "";
    refs.set(
      cert.documentId,
      cert.docKind === "claims_page" ? "claims-page" : `cert-${standard}${number ? `-${number}` : ""}`,
    );
  }
  for (const list of vendor.subprocessorLists) refs.set(list.documentId, "subprocessor-list");
  return refs;
}

/** Rewrites a subject's leading document id ("doc-123:cc6.1") to the document's lasting ref. */
export function stableSubject(subject: string, refs: Map<string, string>): string {
  const cut = subject.indexOf(":");
  const head = cut === -1 ? subject : subject.slice(0, cut);
  const ref = refs.get(head);
  return ref === undefined ? subject : `${ref}${cut === -1 ? "" : subject.slice(cut)}`;
}
