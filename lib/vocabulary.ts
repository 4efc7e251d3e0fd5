import { DOC_KINDS } from "@/lib/extraction/types";
import { GAP_STATUSES, SEVERITIES, TIERS, type GapStatus, type Severity, type Tier } from "@/lib/scoring";

// The app's words, defined once: the values come from the scorer (lib/scoring, which may import
// nothing) and the extractor; the database enums are the same lists (tests/unit/vocabulary.test.ts).
// Screens, forms, exports and queries import values and labels from here.

export { GAP_STATUSES, SEVERITIES, TIERS };
export type { GapStatus, Severity, Tier };

/** A gap someone still has to act on. */
export const ACTIVE_GAP_STATUSES = ["open", "in_progress"] as const satisfies readonly GapStatus[];

export function isActiveStatus(status: GapStatus): boolean {
  return (ACTIVE_GAP_STATUSES as readonly GapStatus[]).includes(status);
}

/** What a stored document is: "pending" until the extractor has read it, then one of its kinds. */
export const DOCUMENT_KINDS = ["pending", ...DOC_KINDS] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const SEVERITY_LABELS: Record<Severity, string> = {
  critical: "Critical",
  high: "High",
  medium: "Medium",
  low: "Low",
};

/** Vendor tiers share the severity words. */
export const TIER_LABELS: Record<Tier, string> = SEVERITY_LABELS;

export const GAP_STATUS_LABELS: Record<GapStatus, string> = {
  open: "Open",
  in_progress: "In progress",
  resolved: "Resolved",
  risk_accepted: "Risk accepted",
  not_applicable: "Not applicable",
  withdrawn: "Withdrawn (document removed)",
};

export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = {
  pending: "Not read yet",
  soc1_report: "SOC 1 report",
  soc2_report: "SOC 2 report",
  soc3_report: "SOC 3 report",
  bridge_letter: "Bridge letter",
  iso_certificate: "ISO certificate",
  other_certificate: "Other certificate",
  claims_page: "Claims page (not a certificate)",
  subprocessor_list: "Sub-processor list",
  unknown: "Unrecognised",
};

/** A stored kind's label; a value from before a rename shows as itself rather than failing. */
export function documentKindLabel(kind: string): string {
  return DOCUMENT_KIND_LABELS[kind as DocumentKind] ?? kind.replace(/_/g, " ");
}
