import { isType2Soc2, iso27001Certificates } from "./evidence";
import { compareDates } from "./dates";
import type { CriteriaSet, IsoDate, VendorEvidence } from "./types";

export function hasSoc2Type2(vendor: VendorEvidence): boolean {
  return vendor.socReports.some(isType2Soc2);
}

/**
 * A certificate to an accepted version, or to the 2013 edition while it is still valid (before the
 * transition deadline): a valid 2013 certificate is "must transition", never also "missing".
 */
export function hasAcceptedIso27001(
  vendor: VendorEvidence,
  acceptedVersions: string[],
  transition?: { asOf: IsoDate; iso2013InvalidFrom: IsoDate },
): boolean {
  return iso27001Certificates(vendor).some(
    (doc) =>
      doc.standardVersion !== null &&
      (acceptedVersions.includes(doc.standardVersion) ||
        (doc.standardVersion === "2013" &&
          transition !== undefined &&
          compareDates(transition.asOf, transition.iso2013InvalidFrom) < 0)),
  );
}

export function setIsSatisfied(set: CriteriaSet, vendor: VendorEvidence, asOf?: IsoDate): boolean {
  const soc2 = hasSoc2Type2(vendor);
  const iso = hasAcceptedIso27001(
    vendor,
    set.acceptedIsoVersions,
    asOf ? { asOf, iso2013InvalidFrom: set.iso2013InvalidFrom } : undefined,
  );
  switch (set.requiredEvidence) {
    case "soc2_type2":
      return soc2;
    case "iso27001":
      return iso;
    case "soc2_type2_or_iso27001":
      return soc2 || iso;
    case "soc2_type2_and_iso27001":
      return soc2 && iso;
  }
}

/** A SOC 2 is needed when a set demands one, or accepts one and no accepted ISO certificate fills the need. */
export function soc2Needed(sets: CriteriaSet[], vendor: VendorEvidence): boolean {
  return sets.some((set) => {
    if (set.requiredEvidence === "iso27001") return false;
    if (set.requiredEvidence === "soc2_type2_or_iso27001") return !hasAcceptedIso27001(vendor, set.acceptedIsoVersions);
    return true;
  });
}
