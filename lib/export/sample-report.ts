import { addDays } from "@/lib/dates";
import { DOCUMENT_KIND_LABELS } from "@/lib/vocabulary";
import { GAP_SEVERITIES, GAP_STATUSES, type GapItem, type GapReport, type VendorReport } from "./types";

// Deterministic fixture for tests, the measurement script and eyeballing the PDF.
// Kept out of *.test.ts so measure.ts can share it.

const OWNERS = ["Amélie Dubois", "Jürgen Müller", "Priya Raman", "Sam O'Neil", null] as const;
const CHECKS = [
  ["soc2.period.current", "SOC 2 report period ended more than 12 months ago"],
  ["soc2.cuec.unmapped", "Complementary user entity controls not mapped to our controls"],
  ["iso27001.scope", "ISO/IEC 27001 certificate scope excludes the purchased service"],
  ["subprocessor.region", "Sub-processor stores data outside the EEA without SCCs"],
  ["bridge.missing", "No bridge letter covering the gap since the report period end"],
  ["soc2.exceptions", "Auditor noted exceptions in logical access testing (CC6.1)"],
] as const;

function day(offset: number): string {
  return addDays("2026-11-23", offset);
}

function makeGap(vendorIndex: number, i: number): GapItem {
  const [checkId, title] = CHECKS[i % CHECKS.length];
  const status = GAP_STATUSES[i % 7 < 4 ? 0 : i % GAP_STATUSES.length];
  return {
    key: `v${vendorIndex}-g${String(i).padStart(4, "0")}`,
    checkId,
    severity: GAP_SEVERITIES[(i * 7 + vendorIndex) % GAP_SEVERITIES.length],
    title: `${title} #${i + 1}`,
    detail:
      i % 3 === 0
        ? "The report covers 2024-07-01 to 2025-06-30; the buyer’s policy requires coverage within 12 months of the as-of date, and no bridge letter was supplied by the vendor."
        : "Mapped control not evidenced.",
    status,
    ownerName: OWNERS[i % OWNERS.length],
    dueDate: i % 5 === 4 ? null : day((i % 40) - 20),
    citation:
      i % 4 === 3
        ? null
        : `SOC 2 report p.${12 + (i % 30)}: “Access reviews were not performed for ${i % 9} of 25 sampled quarters.”`,
    service: i % 2 === 0 ? "Payments API" : null,
    acceptedUntil: status === "risk_accepted" ? day(90) : null,
    acceptanceNote:
      status === "risk_accepted"
        ? "Compensating control: quarterly access review by our IAM team."
        : status === "not_applicable"
          ? "The service does not process personal data."
          : null,
    acceptedBy: status === "risk_accepted" || status === "not_applicable" ? "Priya Raman" : null,
    acceptedOn: status === "risk_accepted" || status === "not_applicable" ? day(-3) : null,
    citedDocument: i % 4 === 3 ? null : "SOC 2 report",
    citedPage: i % 4 === 3 ? null : 12 + (i % 30),
    citedQuote: i % 4 === 3 ? null : `Access reviews were not performed for ${i % 9} of 25 sampled quarters.`,
    comments: i % 6 === 0 ? [{ author: "Sam O'Neil", at: `${day(-2)}T10:00:00.000Z`, body: "Asked the vendor." }] : [],
    cuecMappings:
      checkId === "soc2.cuec.unmapped"
        ? [
            {
              cuec: "User entities restrict access to authorised staff.",
              buyerControl: "IAM-01",
              owner: "Priya Raman",
              evidence: null,
            },
            { cuec: "User entities review audit logs.", buyerControl: null, owner: null, evidence: null },
          ]
        : [],
  };
}

export function makeSampleVendor(vendorIndex: number, gapCount: number, name?: string): VendorReport {
  return {
    id: `vendor-${vendorIndex}`,
    name: name ?? `Vendor ${vendorIndex} Société Générale Cloud`,
    tier: vendorIndex % 2 === 0 ? "Tier 1 (critical)" : "Tier 2",
    status: "in_review",
    decision:
      vendorIndex % 3 === 2
        ? null
        : {
            decision: vendorIndex % 3 === 0 ? "approved_with_conditions" : "rejected",
            note: "Approve subject to remediation of critical gaps within 90 days.",
            decidedBy: "Zoë Lindqvist",
            decidedAt: "2026-11-20T14:05:00Z",
          },
    evidence: [
      {
        kind: "SOC 2 Type 2",
        title: "SOC 2 Type II report – Payments platform",
        auditorOrBody: "Ernst & Young LLP",
        periodStart: "2024-07-01",
        periodEnd: "2025-06-30",
        issueDate: "2025-08-15",
        expiryDate: null,
        status: "accepted",
      },
      {
        kind: "ISO/IEC 27001 certificate",
        title: "ISO/IEC 27001:2022 certificate no. 12345",
        auditorOrBody: "BSI Group",
        periodStart: null,
        periodEnd: null,
        issueDate: "2024-03-01",
        expiryDate: "2027-02-28",
        status: "accepted",
      },
      {
        kind: DOCUMENT_KIND_LABELS.subprocessor_list,
        title: "Sub-processors (published list)",
        auditorOrBody: null,
        periodStart: null,
        periodEnd: null,
        issueDate: "2026-09-01",
        expiryDate: null,
        status: "needs_review",
      },
    ],
    gaps: Array.from({ length: gapCount }, (_, i) => makeGap(vendorIndex, i)),
  };
}

/** `gapsPerVendor` gaps for each of `vendorCount` vendors. */
export function makeSampleReport(vendorCount: number, gapsPerVendor: number): GapReport {
  return {
    tenantName: "Acme Bank – Zürich",
    generatedAt: "2026-11-23T18:30:00Z",
    asOf: "2026-11-23",
    scope: vendorCount === 1 ? "vendor" : "tenant",
    filters: [],
    matchingGaps: vendorCount * gapsPerVendor,
    vendors: Array.from({ length: vendorCount }, (_, v) => makeSampleVendor(v, gapsPerVendor)),
  };
}
