import { DOCUMENT_KIND_LABELS } from "@/lib/vocabulary";

// A gap's subject is a key ("soc2-report:CC6.1:1f2e3d4c", "cert-isoiec27001-bg78408:dates") made to stay the
// same across re-scores (doc-refs.ts); people read it as what the gap is about, without hashes or slugs.

// The document refs of lib/scoring/register/doc-refs.ts, named as everywhere else (lib/vocabulary.ts).
const DOCUMENTS: Record<string, string> = {
  "soc1-report": DOCUMENT_KIND_LABELS.soc1_report,
  "soc2-report": DOCUMENT_KIND_LABELS.soc2_report,
  "soc3-report": DOCUMENT_KIND_LABELS.soc3_report,
  "bridge-letter": DOCUMENT_KIND_LABELS.bridge_letter,
  "subprocessor-list": DOCUMENT_KIND_LABELS.subprocessor_list,
  "claims-page": DOCUMENT_KIND_LABELS.claims_page,
  "contracted-entity": "Contracted legal entity",
};

const ASPECTS: Record<string, string> = {
  organisation: "organisation named",
  locations: "locations",
  dates: "dates",
  soa: "Statement of Applicability",
  reliance: "reliance",
  categories: "trust services categories",
  cuecs: "user entity controls",
  authenticity: "authenticity",
  consistency: "consistency",
  service: "service",
  "ai-providers": "AI providers",
  added: "new entries",
  relocated: "relocated entries",
  region: "region",
};

/** Hashes and ordinals keep keys apart; they mean nothing to a reader. */
const NOISE = /^(?:[0-9a-f]{8}|#\d+)$/;

function standardLabel(slug: string): string {
  const m = /^(iso(?:iec)?)([\d-]+)(claimed)?$/.exec(slug);
  if (!m) return "certificate";
  return `${m[1] === "isoiec" ? "ISO/IEC" : "ISO"} ${m[2]}${m[3] ? " (claimed)" : ""}`;
}

function documentLabel(head: string): string | null {
  if (DOCUMENTS[head]) return DOCUMENTS[head];
  const cert = /^cert-([a-z]+[\d-]*?(?:claimed)?)(?:-(.+))?$/.exec(head);
  if (!cert) return null;
  const standard = cert[1] === "unknown" ? "Certificate" : `${standardLabel(cert[1]!)} certificate`;
  return cert[2] ? `${standard} ${cert[2].toUpperCase()}` : standard;
}

/** What a gap is about, in words: "SOC 2 report · CC6.1", "ISO/IEC 27001 certificate BG78408 · dates". */
export function subjectLabel(subject: string): string {
  const [head = "", ...rest] = subject.split(":");
  const parts: string[] = [];
  if (head === "region") parts.push("Region");
  else parts.push(documentLabel(head) ?? head);
  for (const part of rest) {
    // An exception's identity ends in a hash with an optional ordinal ("1f2e3d4c#2").
    const bare = part.replace(/#\d+$/, "");
    if (NOISE.test(part) || NOISE.test(bare)) continue;
    parts.push(ASPECTS[part] ?? part.replace(/,/g, ", "));
  }
  return parts.join(" · ");
}
