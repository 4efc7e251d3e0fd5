export const CHECK_IDS = [
  "required-evidence-on-file",
  "soc-report-kind-accepted",
  "soc2-type-2-on-file",
  "type-2-period-long-enough",
  "soc-report-current",
  "bridge-covers-gap",
  "bridge-length-within-limit",
  "bridge-dated-after-period",
  "bridge-scope-covers-service",
  "auditor-opinion-unmodified",
  "required-tsc-examined",
  "control-exception-impact",
  "cuec-mapped",
  "carved-out-subservice-report-on-file",
  "subprocessors-reconcile",
  "service-in-scope",
  "locations-covered",
  "legal-entity-matches",
  "iso-version-current",
  "certificate-in-date",
  "surveillance-current",
  "accreditation-recognised",
  "certificate-is-27001",
  "extraction-flags",
] as const;
export type CheckId = (typeof CHECK_IDS)[number];

/** Checks whose gaps may only grow as asOf moves later (tested as a property). */
export const TIME_DRIVEN_CHECK_IDS: readonly CheckId[] = [
  "soc-report-current",
  "bridge-covers-gap",
  "iso-version-current",
  "certificate-in-date",
  "surveillance-current",
];
