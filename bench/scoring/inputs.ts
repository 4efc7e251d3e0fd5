// The bench's synthetic vendors: deterministic variety (periods, exceptions, opinions, expiries differ per vendor)
// so most checks fire somewhere. Shared by the speed bench (run.ts) and the same-output check (same-output.ts).
import { defaultCriteriaFor } from "@/lib/scoring";
import type { BuyerService, ScoringInput, Tier } from "@/lib/scoring";
import { aBridgeLetter, aCertificate, aService, aSocReport, aVendor } from "@/lib/scoring/testing/builders";

const TIERS: Tier[] = ["critical", "high", "medium", "low"];
const REGION_SETS: BuyerService["regions"][] = [["US"], ["EU"], ["UK", "EU"], ["APAC", "US"]];

export function inputFor(i: number): ScoringInput {
  const tier = TIERS[i % 4]!;
  const month = String((i % 12) + 1).padStart(2, "0");
  const service = aService({
    id: `svc-${i % 50}`,
    regions: REGION_SETS[i % REGION_SETS.length]!,
    dataTypes: i % 3 ? ["personal"] : ["health", "financial"],
    criticality: tier,
  });
  const vendor = aVendor({
    vendorId: `vendor-${i}`,
    tier,
    socReports: [
      aSocReport({
        documentId: `soc-${i}`,
        periodStart: `${2024 + (i % 2)}-${month}-01`,
        periodEnd: `${2025 + (i % 2)}-${month}-01`,
        opinion: i % 17 === 0 ? "qualified" : "unqualified",
        exceptions: Array.from({ length: i % 4 }, (_, n) => ({
          criteria: [["CC6.1", "A1.2", "CC8.1", "C1.1"][n]!],
          control: null,
          deviation: `Deviation ${n}`,
          source: { page: 40 + n, quote: null },
        })),
        cuecs: [
          {
            text: "Users revoke leavers",
            criteria: ["CC6.2"],
            mapping: i % 2 ? null : { buyerControl: "IAM-1", owner: null, evidence: null },
            source: null,
          },
        ],
        subserviceOrgs: [
          {
            name: "Amazon Web Services, Inc.",
            service: "hosting",
            method: "carve-out",
            reportOnFile: i % 5 === 0,
            source: null,
          },
        ],
      }),
    ],
    bridgeLetters: [
      aBridgeLetter({
        documentId: `bridge-${i}`,
        bridgedPeriodEnd: `${2025 + (i % 2)}-${month}-01`,
        coversFrom: `${2025 + (i % 2)}-${month}-02`,
        coversThrough: `${2025 + (i % 2)}-${month}-28`,
      }),
    ],
    isoCertificates: [
      aCertificate({
        documentId: `iso-${i}`,
        standardVersion: i % 7 === 0 ? "2013" : "2022",
        expiryDate: `${2026 + (i % 3)}-${month}-15`,
      }),
    ],
  });
  return { vendor, service, criteria: defaultCriteriaFor(service.regions, tier), asOf: "2026-03-01" };
}
