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
  /** The justification of a risk acceptance, or the reason a gap does not apply (by status). */
  acceptanceNote: string | null;
  /** Who last accepted the risk (or marked it not applicable), and on which day (YYYY-MM-DD). */
  acceptedBy: string | null;
  acceptedOn: string | null;
  /** The cited document, page and quote, apart (the `citation` text joins them). */
  citedDocument: string | null;
  citedPage: number | null;
  citedQuote: string | null;
  comments: GapComment[];
  /** For a CUEC finding: each CUEC of the report and the buyer control it is mapped to. */
  cuecMappings: CuecMapping[];
};

export type GapComment = { author: string; /** ISO datetime */ at: string; body: string };
export type CuecMapping = { cuec: string; buyerControl: string | null; owner: string | null; evidence: string | null };

/** One filter the report was made with, in words ("Status": "Open or in progress"). */
export type ReportFilter = { label: string; value: string };

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
  /** The filters the rows were selected with; empty = every gap in scope. */
  filters: ReportFilter[];
  /** Gaps matching the filters in the database; more than the rows only when the export was capped. */
  matchingGaps: number;
  vendors: VendorReport[];
};
