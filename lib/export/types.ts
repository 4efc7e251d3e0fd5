// Plain DTO for gap-register exports. Deliberately independent of Prisma so the
// exporters stay pure functions that can be tested without a database.

import type { GapStatus, Severity as GapSeverity } from "@/lib/vocabulary";

export { SEVERITIES as GAP_SEVERITIES, GAP_STATUSES } from "@/lib/vocabulary";
export type { GapSeverity, GapStatus };

export const REPORT_SCOPES = ["vendor", "tenant"] as const;
export type ReportScope = (typeof REPORT_SCOPES)[number];

export type VendorDecision = {
  decision: string;
  note: string | null;
  decidedBy: string | null;
  /** ISO datetime */
  decidedAt: string | null;
};

export type EvidenceItem = {
  /** e.g. "SOC 2 Type 2", "ISO/IEC 27001 certificate" */
  kind: string;
  title: string;
  auditorOrBody: string | null;
  /** YYYY-MM-DD */
  periodStart: string | null;
  periodEnd: string | null;
  issueDate: string | null;
  expiryDate: string | null;
  status: string;
};

export type GapItem = {
  key: string;
  checkId: string;
  severity: GapSeverity;
  title: string;
  detail: string;
  status: GapStatus;
  ownerName: string | null;
  /** YYYY-MM-DD */
  dueDate: string | null;
  /** e.g. "SOC 2 report p.12: “quote”" */
  citation: string | null;
  service: string | null;
  /** YYYY-MM-DD */
  acceptedUntil: string | null;
};

export type VendorReport = {
  id: string;
  name: string;
  tier: string;
  status: string;
  decision?: VendorDecision | null;
  evidence: EvidenceItem[];
  gaps: GapItem[];
};

export type GapReport = {
  tenantName: string;
  /** ISO datetime */
  generatedAt: string;
  /** YYYY-MM-DD */
  asOf: string;
  scope: ReportScope;
  vendors: VendorReport[];
};
