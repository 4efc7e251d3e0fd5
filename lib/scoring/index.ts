export { scoreVendor } from "./score";
export { mergeRegisters, GAP_STATUSES } from "./merge";
export type {
  GapComment,
  GapStatus,
  GapTracking,
  PreviousRegister,
  RiskAcceptance,
  TrackedGap,
  TrackedRegister,
} from "./merge";
export {
  CURRENCY_STATUSES,
  CURRENCY_STEPS,
  EXPIRING_WITHIN_DAYS,
  currencyStatusOn,
  currencyStepBounds,
  currencyStepOn,
  evidenceCurrency,
} from "./currency";
export type { CurrencyItem, CurrencyStatus, CurrencyStep, EvidenceCurrency } from "./currency";
export { CHECK_IDS, TIME_DRIVEN_CHECK_IDS } from "./check-ids";
export type { CheckId } from "./check-ids";
export { DEFAULT_CRITERIA_SETS, RECOGNISED_ACCREDITATION_BODIES, defaultCriteriaFor } from "./presets";
export { addDays, daysBetween, isIsoDate } from "./dates";
export { orgNamesMatch, entityKey } from "./names";
export * from "./types";
