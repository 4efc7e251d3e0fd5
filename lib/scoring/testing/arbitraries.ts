import fc from "fast-check";
import { fromDayNumber, toDayNumber } from "../dates";
import type { BridgeLetter, IsoCertificate, SocReport, SubprocessorList, VendorEvidence } from "../types";
import { OPINIONS, SOC_KINDS, TSC_CATEGORIES } from "../types";
import { aBridgeLetter, aCertificate, aSocReport, aVendor } from "./builders";

// Random vendors for property tests: documents vary in every fact the checks read.

export const arbDate = fc
  .integer({ min: toDayNumber("2018-01-01"), max: toDayNumber("2028-12-31") })
  .map(fromDayNumber);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null, freq: 4 });
const NAMES = [
  "Amazon Web Services, Inc.",
  "AWS",
  "Microsoft Azure",
  "Google Cloud Platform",
  "Mailgun",
  "Stripe, Inc.",
  "Acme Cloud, Inc.",
  "HackerBay, Inc.",
];

const arbSocReport = (documentId: string): fc.Arbitrary<SocReport> =>
  fc
    .record({
      kind: fc.constantFrom(...SOC_KINDS),
      type: maybe(fc.constantFrom("type_1" as const, "type_2" as const)),
      periodStart: maybe(arbDate),
      periodEnd: maybe(arbDate),
      opinion: maybe(fc.constantFrom(...OPINIONS)),
      tscCategories: maybe(fc.subarray([...TSC_CATEGORIES])),
      serviceOrganization: maybe(fc.constantFrom(...NAMES)),
      inScopeServices: maybe(fc.subarray(["Acme Payroll", "Acme HR", "Other"])),
      inScopeLocations: maybe(fc.subarray(["Dublin, Ireland", "Virginia, USA", "Singapore"])),
      exceptions: maybe(
        fc.array(
          fc.record({
            criteria: fc.subarray(["CC6.1", "CC7.2", "A1.2", "C1.1", "PI1.1", "P4.1", "CC1.1"]),
            control: fc.constant(null),
            deviation: fc.constantFrom("1 of 8 late", "TLS 1.0", "No review"),
            source: fc.constant(null),
          }),
          { maxLength: 3 },
        ),
      ),
      cuecs: maybe(
        fc.array(
          fc.record({
            text: fc.constantFrom("Revoke leavers.", "Enable MFA.", "Approve changes."),
            criteria: fc.constant<string[]>(["CC6.1"]),
            mapping: maybe(
              fc.record({
                buyerControl: maybe(fc.constant("IAM-1")),
                owner: maybe(fc.constant("ops")),
                evidence: maybe(fc.constant("review")),
              }),
            ),
            source: fc.constant(null),
          }),
          { maxLength: 3 },
        ),
      ),
      subserviceOrgs: maybe(
        fc.array(
          fc.record({
            name: fc.constantFrom(...NAMES),
            service: fc.constant(null),
            method: maybe(fc.constantFrom("carve-out" as const, "inclusive" as const)),
            reportOnFile: maybe(fc.boolean()),
            source: fc.constant(null),
          }),
          { maxLength: 3 },
        ),
      ),
    })
    .map((facts) => aSocReport({ documentId, ...facts }));

const arbBridge = (documentId: string): fc.Arbitrary<BridgeLetter> =>
  fc
    .record({
      letterDate: maybe(arbDate),
      coversFrom: maybe(arbDate),
      coversThrough: maybe(arbDate),
      bridgedPeriodEnd: maybe(arbDate),
      scopeServices: maybe(fc.subarray(["Acme Payroll", "Other"])),
    })
    .map((facts) => aBridgeLetter({ documentId, ...facts }));

const arbCertificate = (documentId: string): fc.Arbitrary<IsoCertificate> =>
  fc
    .record({
      docKind: fc.constantFrom("certificate" as const, "certificate" as const, "claims_page" as const),
      standard: maybe(fc.constantFrom("ISO/IEC 27001", "ISO/IEC 27017", "ISO 9001")),
      standardVersion: maybe(fc.constantFrom("2013", "2022", "2015")),
      holder: maybe(fc.constantFrom(...NAMES)),
      accreditationBody: maybe(fc.constantFrom("UKAS", "IAS", "Unknown Board")),
      issueDate: maybe(arbDate),
      expiryDate: maybe(arbDate),
      lastSurveillanceDate: maybe(arbDate),
      sites: maybe(fc.subarray(["London, United Kingdom", "Hyderabad, India"])),
    })
    .map((facts) => aCertificate({ documentId, ...facts }));

const arbSubprocessorList = (documentId: string): fc.Arbitrary<SubprocessorList> =>
  fc
    .array(
      fc.record({
        name: fc.constantFrom(...NAMES),
        purpose: maybe(fc.constantFrom("Cloud hosting", "Payments")),
        locations: fc.constant(null),
        handlesBuyerData: maybe(fc.boolean()),
        source: fc.constant(null),
      }),
      { maxLength: 4 },
    )
    .map((entries) => ({ documentId, entries, sources: {} }));

const ids = (prefix: string, max: number) =>
  fc.integer({ min: 0, max }).map((n) => Array.from({ length: n }, (_, i) => `${prefix}-${i}`));
const each = <T>(prefix: string, max: number, arb: (id: string) => fc.Arbitrary<T>) =>
  ids(prefix, max).chain((list) => fc.tuple(...list.map(arb)));

export const arbVendor: fc.Arbitrary<VendorEvidence> = fc
  .record({
    tier: fc.constantFrom("critical" as const, "high" as const, "medium" as const, "low" as const),
    socReports: each("soc", 3, arbSocReport),
    bridgeLetters: each("bridge", 2, arbBridge),
    isoCertificates: each("iso", 3, arbCertificate),
    subprocessorLists: each("sub", 2, arbSubprocessorList),
    flags: fc.array(
      fc.record({
        documentId: fc.constantFrom("soc-0", "iso-0"),
        kind: fc.constantFrom("authenticity" as const, "consistency" as const),
        text: fc.constantFrom("Reused text", "Dates conflict"),
        source: fc.constant(null),
      }),
      { maxLength: 3 },
    ),
  })
  .map((parts) =>
    aVendor({
      ...parts,
      socReports: [...parts.socReports],
      bridgeLetters: [...parts.bridgeLetters],
      isoCertificates: [...parts.isoCertificates],
      subprocessorLists: [...parts.subprocessorLists],
    }),
  );

/** The same vendor with every list reordered by a seeded shuffle. */
export function shuffledVendor(vendor: VendorEvidence, seed: number): VendorEvidence {
  let state = seed >>> 0 || 1;
  const shuffle = <T>(items: readonly T[]): T[] => {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      const j = state % (i + 1);
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  };
  return {
    ...vendor,
    socReports: shuffle(vendor.socReports).map((report) => ({
      ...report,
      exceptions: report.exceptions && shuffle(report.exceptions),
      cuecs: report.cuecs && shuffle(report.cuecs),
      subserviceOrgs: report.subserviceOrgs && shuffle(report.subserviceOrgs),
      tscCategories: report.tscCategories && shuffle(report.tscCategories),
    })),
    bridgeLetters: shuffle(vendor.bridgeLetters),
    isoCertificates: shuffle(vendor.isoCertificates),
    subprocessorLists: shuffle(vendor.subprocessorLists).map((list) => ({ ...list, entries: shuffle(list.entries) })),
    flags: shuffle(vendor.flags),
  };
}
