// How the corpus register fixture scores one document: a high-tier vendor, a buyer service in the
// EU and the US, on a fixed date. Kept apart from the script so the test scores exactly the same way.
import { defaultCriteriaFor, scoreVendor, type BuyerService, type Gap, type VendorEvidence } from "@/lib/scoring";

export const REGISTER_AS_OF = "2026-03-01";
export const EXTRACTION_NOW = new Date("2026-03-01T00:00:00Z");

export function registerOf(vendor: VendorEvidence): Gap[] {
  const service: BuyerService = {
    id: "svc",
    name: "Service",
    systems: [],
    dataTypes: ["personal"],
    regions: ["EU", "US"],
    locations: [],
    contractedEntity: null,
    criticality: "high",
    relianceDate: null,
  };
  return scoreVendor({
    vendor,
    service,
    criteria: defaultCriteriaFor(service.regions, vendor.tier),
    asOf: REGISTER_AS_OF,
  }).gaps;
}

export const VENDOR = { vendorId: "vendor", vendorName: "Vendor", tier: "high" as const };
