// Pure: which of a vendor's documents is the newer version of another (next year's SOC 2, a renewed
// certificate, the new sub-processor list). The analyst supersedes explicitly; this rule proposes the
// pairs and refuses a wrong one (docs/decisions/021-documents-over-time.md).
import type { DocumentFacts } from "@/lib/evidence/facts/model";

export type Versioned = {
  id: string;
  filename: string;
  /** What it is: documents of one family replace each other (a SOC 2 a SOC 2, an ISO/IEC 27001 certificate another). */
  family: string | null;
  /** The date it speaks for: a report's period end, a certificate's issue date, a list's last update. */
  date: string | null;
  uploadedAt: string;
};

const text = (value: string | null | undefined) => (value ?? "").toLowerCase().replace(/[^a-z0-9]+/g, "");

export function versionOf(id: string, filename: string, uploadedAt: string, facts: DocumentFacts | null): Versioned {
  const base = { id, filename, uploadedAt };
  if (!facts) return { ...base, family: null, date: null };
  switch (facts.kind) {
    case "soc1_report":
    case "soc2_report":
    case "soc3_report":
      return { ...base, family: facts.kind, date: facts.fields.periodEnd.value ?? null };
    case "bridge_letter":
      return { ...base, family: facts.kind, date: facts.fields.coversThrough.value ?? facts.fields.letterDate.value };
    case "iso_certificate":
    case "other_certificate":
      return {
        ...base,
        family: `${facts.kind}:${text(facts.fields.standard.value) || "unnamed"}`,
        date: facts.fields.issueDate.value ?? facts.fields.expiryDate.value ?? null,
      };
    case "subprocessor_list":
      return { ...base, family: facts.kind, date: facts.fields.lastUpdated.value ?? uploadedAt };
    default:
      return { ...base, family: null, date: null };
  }
}

/** Why `newer` cannot supersede `older`, or null when it can. */
export function supersedeRefusal(older: Versioned, newer: Versioned): string | null {
  if (older.id === newer.id) return "A document cannot supersede itself.";
  if (!older.family || !newer.family) return "Confirm both documents' facts first: their kind and dates decide.";
  if (older.family !== newer.family)
    return `${newer.filename} is not the same kind of document as ${older.filename}: only a newer version of the same kind supersedes it.`;
  if (!older.date || !newer.date) return "Both documents need their period or date confirmed to tell which is newer.";
  if (newer.date <= older.date)
    return `${newer.filename} (${newer.date}) is not newer than ${older.filename} (${older.date}).`;
  return null;
}

/** For each current document, the newest current one that could supersede it (one suggestion each). */
export function supersedeSuggestions(current: Versioned[]): { older: Versioned; newer: Versioned }[] {
  const newest = new Map<string, Versioned>();
  for (const doc of current) {
    if (!doc.family || !doc.date) continue;
    const seen = newest.get(doc.family);
    if (!seen || doc.date > seen.date! || (doc.date === seen.date && doc.uploadedAt > seen.uploadedAt))
      newest.set(doc.family, doc);
  }
  return current.flatMap((older) => {
    const newer = older.family ? newest.get(older.family) : undefined;
    return newer && supersedeRefusal(older, newer) === null ? [{ older, newer }] : [];
  });
}
