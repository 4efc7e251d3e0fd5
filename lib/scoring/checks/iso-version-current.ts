import type { CheckContext, GapDraft } from "../check-types";
import { compareDates } from "../dates";
import { citeField, currentIso27001Certificates } from "../evidence";
import { forTier } from "../severity";

/**
 * Is each ISO/IEC 27001 certificate to a version still valid at asOf? The 2013 edition's transition
 * ended 31 Oct 2025 (IAF MD 26, §3.12): on or after the policy's cut-off it is invalid whatever its
 * printed expiry.
 */
export function checkIsoVersionCurrent({ vendor, policy, asOf }: CheckContext): GapDraft[] {
  return currentIso27001Certificates(vendor).flatMap((cert): GapDraft[] => {
    const citation = citeField(cert, "standardVersion");
    const version = cert.standardVersion;
    if (version === null) {
      return [
        {
          subject: cert.documentId,
          severity: "medium",
          title: "Could not verify the ISO/IEC 27001 version",
          detail: "The certificate's edition (2013 or 2022) was not found.",
          citation,
        },
      ];
    }
    if (version === "2013") {
      return compareDates(asOf, policy.iso2013InvalidFrom) >= 0
        ? [
            {
              subject: cert.documentId,
              severity: forTier("high", vendor.tier),
              title: "ISO/IEC 27001:2013 certificate no longer valid",
              detail: `2013 certificates stopped being valid at the end of the transition to 2022 (invalid from ${policy.iso2013InvalidFrom}), whatever their printed expiry date.`,
              citation,
              blocksDocument: cert.documentId,
            },
          ]
        : [
            {
              subject: cert.documentId,
              severity: "low",
              title: "ISO/IEC 27001:2013 certificate must transition",
              detail: `The certificate is to the 2013 edition, which becomes invalid on ${policy.iso2013InvalidFrom}. Ask for the 2022 transition audit plan.`,
              citation,
            },
          ];
    }
    if (policy.acceptedIsoVersions.includes(version)) return [];
    return [
      {
        subject: cert.documentId,
        severity: "medium",
        title: `ISO/IEC 27001:${version} is not an accepted version`,
        detail: `Policy accepts ${policy.acceptedIsoVersions.join(", ") || "no version"}.`,
        citation,
      },
    ];
  });
}
