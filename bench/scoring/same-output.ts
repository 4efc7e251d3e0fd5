// Scores a large, seeded, varied input set and writes one register per line, to compare two versions
// of the scorer byte for byte (a speed change must not change one register):
//   npx tsx bench/scoring/same-output.ts before.jsonl; (change the scorer); npx tsx bench/scoring/same-output.ts after.jsonl; cmp before.jsonl after.jsonl
import fs from "node:fs";
import { createHash } from "node:crypto";
import fc from "fast-check";
import { defaultCriteriaFor, scoreVendor } from "@/lib/scoring";
import type { BuyerService, ScoringInput, Tier, SubprocessorList, VendorEvidence, CriteriaSet } from "@/lib/scoring";
import { arbDate, arbVendor, shuffledVendor } from "@/lib/scoring/testing/arbitraries";
import { aService, aSocReport, aVendor } from "@/lib/scoring/testing/builders";
import { inputFor } from "./inputs";

const out: string[] = [];
function record(input: ScoringInput) {
  try {
    out.push(JSON.stringify(scoreVendor(input)));
  } catch (e) {
    out.push("THROW " + (e as Error).message);
  }
}

// 1. The bench's inputs.
for (let i = 0; i < 3000; i++) record(inputFor(i));

// 2. Random vendors, services, criteria and dates.
const NAMES = [
  "Amazon Web Services, Inc.",
  "AWS",
  "Microsoft (Azure)",
  "Google Cloud",
  "OpenAI, L.L.C.",
  "Anthropic PBC",
  "Acme GmbH",
  "Acme Ltd",
  "Acme, Inc.",
  "株式会社テスト",
  "株式会社サンプル",
  "Mailgun d/b/a Sinch",
  "Stripe",
  "Café Crème S.A.",
  "HackerBay, Inc.",
  "Acme Cloud Pvt. Ltd.",
  "GitHub, Inc.",
  "ＡＣＭＥ　Ｃｌｏｕｄ",
];
const PLACES = [
  "United States",
  "Dublin, Ireland",
  "Frankfurt, Germany",
  "India",
  "Singapore",
  "London, UK",
  "Mars",
  "São Paulo, Brazil",
  "USA and EU",
];
const arbEntry = fc.record({
  name: fc.constantFrom(...NAMES),
  purpose: fc.option(
    fc.constantFrom(
      "Cloud hosting",
      "AI inference",
      "Prompt orchestration",
      "Payments",
      "email delivery",
      "LLM provider",
    ),
    { nil: null },
  ),
  locations: fc.option(fc.subarray(PLACES, { maxLength: 3 }), { nil: null }),
  handlesBuyerData: fc.option(fc.boolean(), { nil: null }),
  source: fc.option(
    fc.record({
      page: fc.option(fc.integer({ min: 1, max: 9 }), { nil: null }),
      quote: fc.option(fc.constantFrom("q1", 'quote "x"'), { nil: null }),
    }),
    { nil: null },
  ),
});
const arbList = (id: string): fc.Arbitrary<SubprocessorList> =>
  fc
    .record({
      entries: fc.array(arbEntry, { maxLength: 6 }),
      organisation: fc.option(fc.constantFrom("Acme Cloud, Inc.", "GitHub, Inc.", "Acme"), { nil: null }),
      previous: fc.option(
        fc.array(arbEntry, { maxLength: 5 }).map((entries) => ({ documentId: id + "-prev", entries, sources: {} })),
        { nil: null },
      ),
    })
    .map((f) => ({
      documentId: id,
      entries: f.entries,
      organisation: f.organisation,
      previous: f.previous,
      sources: { organisation: { page: 1, quote: "Sub-processors" } },
    }));
const arbService: fc.Arbitrary<BuyerService> = fc.record({
  id: fc.constantFrom("svc-a", "svc-b"),
  name: fc.constantFrom("Acme Payroll", "Payroll", "GitHub"),
  systems: fc.subarray(["Acme Payroll", "Acme HR", "", "Rapid Reconciler"], { maxLength: 2 }),
  dataTypes: fc.subarray(
    [
      "personal",
      "sensitive_personal",
      "health",
      "financial",
      "payment_card",
      "credentials",
      "confidential_business",
      "public",
    ] as const,
    { minLength: 1, maxLength: 3 },
  ),
  regions: fc.subarray(["EU", "UK", "US", "APAC"] as const, { minLength: 1, maxLength: 3 }),
  locations: fc.subarray(["Ireland", "Germany", "United States", "Mars"], { maxLength: 2 }),
  contractedEntity: fc.option(fc.constantFrom("Acme Cloud, Inc.", "Acme Cloud Ltd", "Acme GmbH", " "), { nil: null }),
  criticality: fc.constantFrom("critical", "high", "medium", "low" as const),
  relianceDate: fc.option(arbDate, { nil: null, freq: 3 }),
  publicSector: fc.option(fc.boolean(), { nil: undefined }),
}) as fc.Arbitrary<BuyerService>;
const arbExtra = fc.record({
  lists: fc.array(fc.integer(), { maxLength: 2 }),
  flags: fc.array(
    fc.record({
      documentId: fc.constantFrom("soc-0", "iso-0", "bridge-0", "sub-0", "L0"),
      kind: fc.constantFrom("authenticity" as const, "consistency" as const),
      text: fc.constantFrom(
        "Text re-used from another company's report",
        "No firm name or signature",
        "under a different certification body",
        "Dates conflict",
        "fast report",
      ),
      source: fc.constant(null),
    }),
    { maxLength: 3 },
  ),
  surveillanceDue: fc.option(fc.array(arbDate, { maxLength: 3 }), { nil: null }),
  soaReference: fc.option(fc.constantFrom("SoA v3", ""), { nil: null }),
  nextReportDate: fc.option(arbDate, { nil: null }),
  bridgedReportId: fc.option(fc.constantFrom("soc-0", "soc-1"), { nil: null }),
  mgmt: fc.option(fc.constantFrom("Fixed in Q3.", "  "), { nil: null }),
  cuecCount: fc.option(fc.integer({ min: 0, max: 6 }), { nil: null }),
  disabled: fc.subarray(["cuec-mapped", "subprocessor-locations", "bridge-covers-gap"], { maxLength: 2 }),
  asOf: arbDate,
  seed: fc.integer(),
});
const vendors = fc.sample(fc.tuple(arbVendor, arbService, arbExtra), { seed: 4242, numRuns: 12000 });
let n = 0;
for (const [base, service, extra] of vendors) {
  const lists = extra.lists.map((_, k) => fc.sample(arbList(`L${k}`), { seed: extra.seed + k, numRuns: 1 })[0]!);
  const vendor: VendorEvidence = {
    ...base,
    vendorId: `v${n}`,
    vendorName: n % 5 === 0 ? "GitHub" : base.vendorName,
    socReports: base.socReports.map((r, k) => ({
      ...r,
      nextReportDate: extra.nextReportDate,
      exceptions:
        r.exceptions &&
        r.exceptions.map((e) => ({
          ...e,
          managementResponse: extra.mgmt,
          deviation: k ? e.deviation : "3 of 5 vendors were not assessed",
        })),
      cuecCount: extra.cuecCount,
    })),
    bridgeLetters: base.bridgeLetters.map((b) => ({ ...b, bridgedReportId: extra.bridgedReportId })),
    isoCertificates: base.isoCertificates.map((c) => ({
      ...c,
      surveillanceDue: extra.surveillanceDue,
      soaReference: extra.soaReference,
    })),
    subprocessorLists: [...base.subprocessorLists, ...lists],
    flags: [...base.flags, ...extra.flags],
  };
  const regions = service.regions;
  let criteria: CriteriaSet[] = defaultCriteriaFor(regions, vendor.tier);
  if (n % 3 === 0) criteria = criteria.map((set) => ({ ...set, disabledChecks: extra.disabled }));
  record({ vendor, service, criteria, asOf: extra.asOf });
  if (n % 4 === 0) record({ vendor: shuffledVendor(vendor, extra.seed), service, criteria, asOf: extra.asOf });
  n++;
}
// 3. Large lists (hash of the output only, it is long).
const big = (k: number, form: (i: number) => string, lform: (i: number) => string) => ({
  vendor: aVendor({
    vendorId: "vendor-big",
    socReports: [
      aSocReport({
        documentId: "soc-big",
        subserviceOrgs: Array.from({ length: k }, (_, i) => ({
          name: form(i),
          service: "hosting",
          method: "carve-out" as const,
          reportOnFile: true,
          source: null,
        })),
      }),
    ],
    subprocessorLists: [
      {
        documentId: "list-big",
        entries: Array.from({ length: k }, (_, i) => ({
          name: lform(i),
          purpose: i % 10 ? "hosting" : "AI inference",
          locations: ["United States"],
          handlesBuyerData: null,
          source: null,
        })),
        sources: {},
      },
    ],
  }),
  service: aService({ regions: ["EU"] }),
  criteria: defaultCriteriaFor(["EU"], "high"),
  asOf: "2026-03-01",
});
record(
  big(
    3000,
    (i) => `Provider ${i} ${i % 3 ? "Ltd" : "Inc."}`,
    (i) => `Provider ${i + 1500} ${i % 3 ? "Limited" : "Incorporated"}`,
  ),
);
record(
  big(
    3000,
    (i) => `Acme ${i % 2 ? "GmbH" : "Ltd"}`,
    (i) => `Acme ${i % 2 ? "LLC" : "S.A."}`,
  ),
);
const file = process.argv[2]!;
fs.writeFileSync(file, out.join("\n") + "\n");
console.log(
  out.length,
  "registers,",
  out.filter((l) => l.startsWith("THROW")).length,
  "throws, sha256",
  createHash("sha256").update(out.join("\n")).digest("hex").slice(0, 16),
);
