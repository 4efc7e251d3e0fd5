// Hand-written gap registers for real corpus situations, written by reading the documents as a
// third-party-risk reviewer would BEFORE running Assay on them (issue #13). Each expected finding is
// one root cause; a register may raise it once. `allowed` findings are defensible but not required
// (they neither count for recall nor against precision); `forbidden` ones must never appear.
import type { BuyerService, IsoDate, Tier } from "@/lib/scoring";

/** Matches a gap: one of the check ids, and (optionally) the text / the cited document. */
export type Finding = {
  label: string;
  checkIds: string[];
  /** Tested against title + detail + subject. */
  text?: RegExp;
  /** Substring of the cited document id (the corpus file stem). */
  document?: string;
};

export type Situation = {
  name: string;
  /** Corpus paths relative to ../shared (corpus/… or corpus-added/…). */
  docs: string[];
  vendor: { vendorId: string; vendorName: string; tier: Tier };
  service: BuyerService;
  asOf: IsoDate;
  expected: Finding[];
  allowed: Finding[];
  forbidden: Finding[];
};

const GSI_SOC2 = "corpus/soc2/gsi-genius-ai-rapidreconciler-2024-04_2025-03_soc2-type2_uhy.pdf";
const GSI_BRIDGE = "corpus/bridge-letters/gsi_soc2-bridge-letter_dated-2025-02-19.pdf";
const HB_SOC2 = "corpus/soc2/suspect_hackerbay-fyipe-2018-10_2019-09_soc2-type2_ses.pdf";
const HB_SOC3 = "corpus/soc3/suspect_hackerbay-fyipe-2018-10_2019-09_soc3_ses.pdf";
const HB_ISO_V1 = "corpus/iso27001/suspect_hackerbay_iso27001-2013_cert-1203812-2_v1-schellman-branded.pdf";
const HB_ISO_V2 = "corpus/iso27001/suspect_hackerbay_iso27001-2013_cert-1203812-2_v2-ses-branded.pdf";
const HB_ISO27017 = "corpus/iso27001/suspect_hackerbay_iso27017-2015_v2-ses-branded_NOT-27001.pdf";
const MSG91_SOC2 = "corpus-added/soc2/walkover-msg91-2024-01_2024-04_soc2-type2_atom-assurances.pdf";
const MSG91_ISO = "corpus-added/iso27001/walkover-msg91_iso27001-2022_kvqa.pdf";
const TEMBO_TYPE1 = "corpus-added/soc2/tembo-cloud-asof-2023-11_soc2-type1_armanino.pdf";
const SLACK_SOC3 = "corpus-added/soc3/slack-2017-10_2018-09_soc3_schellman.pdf";
const SKYONLINE_FLYER = "corpus-added/iso27001/skyonline_iso27001-marketing-flyer_ES_NOT-a-certificate.pdf";
const PAYMENTHOOD_LIST = "corpus-added/subprocessors/paymenthood_subprocessors.yml";

const service = (over: Partial<BuyerService> & Pick<BuyerService, "name" | "regions">): BuyerService => ({
  id: "svc",
  systems: [],
  dataTypes: ["personal"],
  locations: [],
  contractedEntity: null,
  criticality: "high",
  relianceDate: null,
  ...over,
});

// Checks that only ever restate a SOC report's content: held while that report cannot be relied on.
const SOC_CONTENT = [
  "cuec-mapped",
  "control-exception-impact",
  "carved-out-subservice-report-on-file",
  "required-tsc-examined",
  "subprocessors-reconcile",
  "type-2-period-long-enough",
];
const ISO_CONTENT = ["surveillance-current", "accreditation-recognised", "iso-soa-reference"];
const LOW_COULD_NOT_VERIFY: Finding = {
  label: "a low 'could not verify' note",
  checkIds: [
    "locations-covered",
    "service-in-scope",
    "legal-entity-matches",
    "bridge-scope-covers-service",
    "subprocessors-reconcile",
    "carved-out-subservice-report-on-file",
  ],
  text: /could not verify|no sub-processor list/i,
};

const gsiService = service({
  name: "Inventory reconciliation (RapidReconciler)",
  systems: ["RapidReconciler"],
  regions: ["US"],
  dataTypes: ["financial", "confidential_business"],
  contractedEntity: "GSI, Inc.",
});

export const SITUATIONS: Situation[] = [
  {
    name: "GSI SOC 2 Type 2 + bridge letter, US financial-reconciliation service",
    docs: [GSI_SOC2, GSI_BRIDGE],
    vendor: { vendorId: "gsi", vendorName: "GSI, Inc.", tier: "high" },
    service: gsiService,
    asOf: "2026-03-01",
    expected: [
      {
        label: "late leaver access removal (1 of 8)",
        checkIds: ["control-exception-impact"],
        text: /CC6\.2|terminat/i,
      },
      { label: "insecure TLS on 1 of 3 URLs", checkIds: ["control-exception-impact"], text: /CC6\.6|TLS/i },
      {
        label: "no valid bridge cover: the letter is dated before the period it bridges",
        checkIds: ["bridge-covers-gap", "bridge-dated-after-period"],
      },
      { label: "carved-out Microsoft Azure: obtain its report", checkIds: ["carved-out-subservice-report-on-file"] },
      { label: "CUEC: grant GSI secure access for agent installs", checkIds: ["cuec-mapped"] },
      { label: "Confidentiality not examined (Security only)", checkIds: ["required-tsc-examined"] },
    ],
    allowed: [LOW_COULD_NOT_VERIFY, { label: "auditor identity", checkIds: ["auditor-opinion-unmodified"] }],
    forbidden: [
      {
        label: "clean facts",
        checkIds: [
          "soc2-type-2-on-file",
          "required-evidence-on-file",
          "soc-report-current",
          "legal-entity-matches",
          "type-2-period-long-enough",
          "reliance-gate",
          "document-names-vendor",
        ],
        text: /^(?!.*could not verify)/is,
      },
      { label: "RapidReconciler is in scope", checkIds: ["service-in-scope"], text: /not in the scope/i },
    ],
  },
  {
    name: "GSI a year later: the same documents, stale",
    docs: [GSI_SOC2, GSI_BRIDGE],
    vendor: { vendorId: "gsi", vendorName: "GSI, Inc.", tier: "high" },
    service: gsiService,
    asOf: "2027-03-01",
    expected: [
      {
        label: "the SOC 2 is stale: ask for the 2025/2026 report (promised June 2026)",
        checkIds: ["soc-report-current", "required-evidence-on-file"],
      },
    ],
    allowed: [
      LOW_COULD_NOT_VERIFY,
      { label: "the old letter's impossible dates", checkIds: ["bridge-dated-after-period", "dates-impossible"] },
    ],
    forbidden: [
      { label: "a bridge gap repeating the stale report", checkIds: ["bridge-covers-gap"] },
      { label: "content of a stale report", checkIds: SOC_CONTENT },
    ],
  },
  {
    name: "EU buyer with only an ISO/IEC 27001:2022 certificate (Axisphere, India)",
    docs: ["corpus/iso27001/axisphere-mediaworx_iso27001-2022_qro-certification.pdf"],
    vendor: { vendorId: "axisphere", vendorName: "Axisphere Mediaworx LLP", tier: "medium" },
    service: service({
      name: "AI content creation",
      systems: ["AI content creation"],
      regions: ["EU"],
      dataTypes: ["personal"],
      contractedEntity: "AXISPHERE MEDIAWORX LLP",
      criticality: "medium",
    }),
    asOf: "2026-03-01",
    expected: [
      { label: "no Statement of Applicability reference on a 2022 certificate", checkIds: ["iso-soa-reference"] },
      { label: "held in India: EU transfer mechanism", checkIds: ["locations-covered"], text: /EU|India|transfer/i },
      {
        label: "verify accreditation / the certificate on the CB's register",
        checkIds: ["accreditation-recognised", "reliance-gate"],
      },
    ],
    allowed: [LOW_COULD_NOT_VERIFY],
    forbidden: [
      {
        label: "a valid, current 2022 certificate",
        checkIds: [
          "required-evidence-on-file",
          "iso-version-current",
          "certificate-in-date",
          "surveillance-current",
          "certificate-is-27001",
          "legal-entity-matches",
          "soc-report-kind-accepted",
          "soc2-type-2-on-file",
        ],
      },
    ],
  },
  {
    name: "HackerBay set: SOC 2, SOC 3, an ISO 27001:2013 certificate in two versions, a 27017 look-alike",
    docs: [HB_SOC2, HB_SOC3, HB_ISO_V1, HB_ISO_V2, HB_ISO27017],
    vendor: { vendorId: "hackerbay", vendorName: "HackerBay, Inc.", tier: "high" },
    service: service({
      name: "Fyipe monitoring",
      systems: ["Fyipe"],
      regions: ["US"],
      dataTypes: ["personal", "credentials"],
      contractedEntity: "HackerBay, Inc.",
    }),
    asOf: "2026-03-01",
    expected: [
      {
        label: "do not rely on the SOC reports until SES is verified as a licensed CPA firm",
        checkIds: ["reliance-gate"],
        document: "soc",
      },
      {
        label: "do not rely on certificate 1203812-2 (two certification bodies) until verified",
        checkIds: ["reliance-gate"],
        document: "iso27001-2013",
      },
      {
        label: "no current SOC 2 (period ended 2019-09-30)",
        checkIds: ["soc-report-current", "required-evidence-on-file"],
      },
      {
        label: "the ISO/IEC 27001:2013 certificate expired in 2021",
        checkIds: ["certificate-in-date", "iso-version-current"],
      },
    ],
    allowed: [
      LOW_COULD_NOT_VERIFY,
      { label: "the SOC 3 gated as well", checkIds: ["reliance-gate"] },
      { label: "27017 is not 27001", checkIds: ["certificate-is-27001"] },
      { label: "SOC 3 where SOC 2 required", checkIds: ["soc-report-kind-accepted"] },
    ],
    forbidden: [{ label: "content of gated or stale documents", checkIds: [...SOC_CONTENT, ...ISO_CONTENT] }],
  },
  {
    name: "GitHub's sub-processor list with Azure's SOC 3, EU buyer (Germany)",
    docs: ["corpus/subprocessors/github_subprocessors.md", "corpus/soc3/azure-2017-10_2018-09_soc3_deloitte.pdf"],
    vendor: { vendorId: "github", vendorName: "GitHub, Inc.", tier: "high" },
    service: service({
      name: "GitHub Copilot",
      systems: ["GitHub Copilot"],
      regions: ["EU"],
      locations: ["Germany"],
      dataTypes: ["personal", "confidential_business"],
      contractedEntity: "GitHub, Inc.",
    }),
    asOf: "2026-03-01",
    expected: [
      { label: "Azure's SOC 3 is Microsoft's, not GitHub's", checkIds: ["document-names-vendor"] },
      { label: "AI model providers receive your data", checkIds: ["subprocessor-ai-provider"] },
      { label: "processing in the United States: transfer mechanism", checkIds: ["subprocessor-locations"] },
      { label: "no SOC 2 / ISO 27001 of GitHub itself", checkIds: ["required-evidence-on-file"] },
    ],
    allowed: [LOW_COULD_NOT_VERIFY],
    forbidden: [
      { label: "GitHub's list reconciled against Microsoft's report", checkIds: ["subprocessors-reconcile"] },
      {
        label: "content of another company's report",
        checkIds: [...SOC_CONTENT, "soc-report-current", "soc-report-kind-accepted", "bridge-covers-gap"],
      },
    ],
  },
  {
    name: "OneUptime's sub-processor list with HackerBay's SOC 3, US buyer",
    docs: ["corpus/subprocessors/oneuptime_subprocessors.ejs.html", HB_SOC3],
    vendor: { vendorId: "oneuptime", vendorName: "HackerBay, Inc.", tier: "high" },
    service: service({
      name: "OneUptime monitoring",
      systems: ["OneUptime"],
      regions: ["US"],
      dataTypes: ["personal"],
      contractedEntity: "HackerBay, Inc.",
    }),
    asOf: "2026-03-01",
    expected: [
      {
        label: "no current SOC 2 Type 2 (a 2019 SOC 3)",
        checkIds: ["soc-report-current", "required-evidence-on-file", "soc-report-kind-accepted"],
      },
      { label: "do not rely on the SOC 3 (Slack's text, unidentified auditor)", checkIds: ["reliance-gate"] },
    ],
    allowed: [
      LOW_COULD_NOT_VERIFY,
      { label: "SOC 3 where SOC 2 required", checkIds: ["soc-report-kind-accepted", "required-evidence-on-file"] },
    ],
    forbidden: [{ label: "reconciling against a 2019 report", checkIds: SOC_CONTENT }],
  },
  {
    name: "Zulip's sub-processor list uploaded with GSI's SOC 2 (another company's report), EU buyer",
    docs: ["corpus/subprocessors/zulip-cloud_subprocessors.md", GSI_SOC2],
    vendor: { vendorId: "zulip", vendorName: "Kandra Labs, Inc.", tier: "high" },
    service: service({
      name: "Zulip Cloud chat",
      systems: ["Zulip Cloud"],
      regions: ["EU"],
      dataTypes: ["personal", "confidential_business"],
      contractedEntity: "Kandra Labs, Inc.",
    }),
    asOf: "2026-03-01",
    expected: [
      { label: "the SOC 2 names GSI, not Kandra Labs", checkIds: ["document-names-vendor"] },
      { label: "no SOC 2 / ISO 27001 of Kandra Labs", checkIds: ["required-evidence-on-file"] },
      { label: "the list gives no processing locations (EU transfers unknown)", checkIds: ["subprocessor-locations"] },
    ],
    allowed: [LOW_COULD_NOT_VERIFY],
    forbidden: [
      {
        label: "reconciled or scored against GSI's report",
        checkIds: [...SOC_CONTENT, "bridge-covers-gap", "service-in-scope"],
      },
    ],
  },
  {
    name: "Neon's SOC 3 alone, US buyer, while current",
    docs: ["corpus/soc3/neon-2023-12_2024-11_soc3_mjd-advisors.md"],
    vendor: { vendorId: "neon", vendorName: "Neon Inc.", tier: "high" },
    service: service({
      name: "Managed Postgres",
      systems: ["Neon Platform"],
      regions: ["US"],
      dataTypes: ["personal"],
      contractedEntity: "Neon Inc.",
    }),
    asOf: "2025-06-01",
    expected: [
      {
        label: "a SOC 3 where a SOC 2 Type 2 is required",
        checkIds: ["soc-report-kind-accepted", "required-evidence-on-file", "soc2-type-2-on-file"],
      },
    ],
    allowed: [
      LOW_COULD_NOT_VERIFY,
      { label: "carved-out AWS / Azure", checkIds: ["carved-out-subservice-report-on-file"] },
      { label: "bridge cover for a 6-month-old report", checkIds: ["bridge-covers-gap"] },
    ],
    forbidden: [
      { label: "a SOC 3 has no CUECs or test results", checkIds: ["cuec-mapped", "control-exception-impact"] },
      {
        label: "Neon is in scope and current",
        checkIds: ["soc-report-current", "legal-entity-matches", "reliance-gate"],
      },
    ],
  },
  // ---- Written from ../shared/corpus-added (the next vendors' documents), expected registers first.
  {
    name: "MSG91 (Walkover): a 3-month SOC 2 Type 2 signed by an individual CPA, with its ISO/IEC 27001:2022 certificate, US buyer",
    docs: [MSG91_SOC2, MSG91_ISO],
    vendor: { vendorId: "msg91", vendorName: "Walkover Web Solutions Private Limited", tier: "high" },
    service: service({
      name: "SMS and OTP APIs",
      systems: ["MSG91"],
      regions: ["US"],
      dataTypes: ["personal"],
      contractedEntity: "Walkover Web Solutions Private Limited",
    }),
    asOf: "2025-03-01",
    expected: [
      {
        label: "verify the auditor: an individual CPA, no firm, address or licensing jurisdiction",
        checkIds: ["reliance-gate", "auditor-opinion-unmodified", "extraction-flags"],
      },
      {
        label: "verify the certificate's accreditation (EIAC only as a logo image)",
        checkIds: ["accreditation-recognised"],
      },
    ],
    allowed: [
      LOW_COULD_NOT_VERIFY,
      { label: "its CUECs as one checklist", checkIds: ["cuec-mapped"] },
      { label: "carved-out AWS and others: their reports", checkIds: ["carved-out-subservice-report-on-file"] },
      // Written as expected at first: both are held behind the reliance gate (issue #13's rule, ADR 013),
      // which counts them; they appear once the auditor is verified.
      { label: "a 3-month Type 2 window where 6 months are required", checkIds: ["type-2-period-long-enough"] },
      { label: "no bridge letter since 2024-04-26", checkIds: ["bridge-covers-gap"] },
      {
        label: "first surveillance 13 months after issue, the second under 10 months later",
        checkIds: ["extraction-flags"],
      },
      { label: "certified site in India, service used in the US", checkIds: ["locations-covered"] },
    ],
    forbidden: [
      {
        label: "a SOC 2 Type 2 and a current 2022 certificate are on file",
        checkIds: [
          "required-evidence-on-file",
          "soc2-type-2-on-file",
          "soc-report-kind-accepted",
          "iso-version-current",
          "certificate-in-date",
          "certificate-is-27001",
          "iso-soa-reference",
          "document-names-vendor",
        ],
      },
      { label: "no exceptions were reported", checkIds: ["control-exception-impact"] },
    ],
  },
  {
    name: "Tembo: an early-stage vendor's SOC 2 Type 1 (Armanino), US buyer",
    docs: [TEMBO_TYPE1],
    vendor: { vendorId: "tembo", vendorName: "Tembo Data Systems, Inc.", tier: "high" },
    service: service({
      name: "Managed Postgres",
      systems: ["Tembo cloud"],
      regions: ["US"],
      dataTypes: ["personal"],
      contractedEntity: "Tembo Data Systems, Inc.",
    }),
    asOf: "2024-06-01",
    expected: [
      {
        label: "a Type 1 where a Type 2 is required (conditional acceptance at most)",
        checkIds: ["required-evidence-on-file", "soc2-type-2-on-file"],
        text: /Type 1/,
      },
      // First written as allowed (unsure whether a Type 1's content is read at all): a Type 1 still
      // describes the carve-out and the user entity controls the design depends on.
      { label: "carved-out AWS hosting: obtain its report", checkIds: ["carved-out-subservice-report-on-file"] },
      { label: "its 8 CUECs as one checklist", checkIds: ["cuec-mapped"] },
    ],
    allowed: [LOW_COULD_NOT_VERIFY],
    forbidden: [
      {
        label: "a Type 1 has no tests of operating effectiveness to read",
        checkIds: ["control-exception-impact", "type-2-period-long-enough"],
      },
      {
        label: "Armanino is an identified audit firm; the report names Tembo",
        checkIds: ["reliance-gate", "document-names-vendor", "legal-entity-matches"],
      },
    ],
  },
  {
    name: "Slack's 2018 SOC 3 alone, US buyer in 2026",
    docs: [SLACK_SOC3],
    vendor: { vendorId: "slack", vendorName: "Slack Technologies, Inc.", tier: "high" },
    service: service({
      name: "Team chat",
      systems: ["Slack"],
      regions: ["US"],
      dataTypes: ["personal", "confidential_business"],
      contractedEntity: "Slack Technologies, LLC",
    }),
    asOf: "2026-03-01",
    expected: [
      {
        label: "no current SOC 2 Type 2: a SOC 3 whose period ended 2018-09-30",
        checkIds: ["required-evidence-on-file", "soc-report-kind-accepted", "soc-report-current"],
      },
    ],
    allowed: [
      LOW_COULD_NOT_VERIFY,
      { label: "the auditor's name only in a signature image", checkIds: ["reliance-gate", "extraction-flags"] },
      { label: "Slack Technologies, Inc. vs LLC on the contract", checkIds: ["legal-entity-matches"] },
    ],
    forbidden: [{ label: "content of a stale SOC 3", checkIds: [...SOC_CONTENT, "bridge-covers-gap"] }],
  },
  {
    name: "SkyOnline: a marketing flyer claiming ISO 27001, EU buyer",
    docs: [SKYONLINE_FLYER],
    vendor: { vendorId: "skyonline", vendorName: "SkyOnline", tier: "medium" },
    service: service({
      name: "Hosted chatbot",
      systems: ["SkyBot"],
      regions: ["EU"],
      dataTypes: ["personal"],
      criticality: "medium",
    }),
    asOf: "2026-03-01",
    expected: [
      {
        label: "no ISO/IEC 27001 certificate: a flyer is a claim, not evidence",
        checkIds: ["required-evidence-on-file", "certificate-is-27001"],
      },
    ],
    allowed: [LOW_COULD_NOT_VERIFY, { label: "the flyer flagged", checkIds: ["extraction-flags", "reliance-gate"] }],
    forbidden: [
      {
        label: "certificate content read from a flyer",
        checkIds: [
          "certificate-in-date",
          "iso-version-current",
          "surveillance-current",
          "iso-soa-reference",
          "accreditation-recognised",
        ],
      },
    ],
  },
  {
    name: "PaymentHood's sub-processor list alone, US payment orchestration",
    docs: [PAYMENTHOOD_LIST],
    vendor: { vendorId: "paymenthood", vendorName: "OmegaHood LLC", tier: "high" },
    service: service({
      name: "Payment orchestration",
      systems: ["PaymentHood"],
      regions: ["US"],
      dataTypes: ["payment_card", "personal"],
      contractedEntity: "OmegaHood LLC",
    }),
    asOf: "2026-09-01",
    expected: [
      {
        label: "payment data: both a SOC 2 Type 2 and an ISO/IEC 27001 certificate, and neither is on file",
        checkIds: ["required-evidence-on-file"],
        text: /both/,
      },
    ],
    allowed: [
      LOW_COULD_NOT_VERIFY,
      { label: "InfyniPay B.V. processes in the Netherlands", checkIds: ["subprocessor-locations"] },
      { label: "the support chat's onward AI provider", checkIds: ["subprocessor-ai-provider"] },
    ],
    forbidden: [
      {
        label: "the list is PaymentHood's own, with locations for every entry",
        checkIds: ["document-names-vendor", "subprocessors-reconcile"],
        text: /^(?!.*could not verify)(?!.*no sub-processor list)/is,
      },
    ],
  },
];
