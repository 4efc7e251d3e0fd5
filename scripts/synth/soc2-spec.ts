import { criteriaFor, TRUST_SERVICES_CATEGORIES, type TrustServicesCategory } from "./criteria";
import { addDays, addMonths, DATE_FORMATS, lastDayOfMonth, type DateFormat } from "./dates";
import { createRng, type Rng } from "./prng";
import {
  ASSETS,
  AUDITOR_FIRMS,
  COMPANY_STEMS,
  COMPANY_SUFFIXES,
  CSOC_LIBRARY,
  CUEC_LIBRARY,
  DATA_CENTER_REGIONS,
  EXCEPTION_LIBRARY,
  INCIDENTS,
  OFFICE_LOCATIONS,
  PRODUCT_NOUNS,
  SERVICE_DESCRIPTIONS,
  SIGNIFICANT_CHANGES,
  SUBSERVICE_ORGS,
  type CriteriaText,
} from "./soc2-library";

export const SOC2_TYPES = ["type_1", "type_2"] as const;
export type Soc2Type = (typeof SOC2_TYPES)[number];
export const OPINIONS = ["unqualified", "qualified", "adverse", "disclaimer"] as const;
export type Opinion = (typeof OPINIONS)[number];
export const SUBSERVICE_METHODS = ["carve-out", "inclusive", "none_disclosed"] as const;
export type SubserviceMethod = (typeof SUBSERVICE_METHODS)[number];
/** Which of the two front sections comes first (firms differ). */
export const SECTION_ORDERS = ["report_first", "assertion_first"] as const;
export type SectionOrder = (typeof SECTION_ORDERS)[number];
export const TABLE_STYLES = ["ruled", "borderless"] as const;
export type TableStyle = (typeof TABLE_STYLES)[number];
export const CONTROL_ID_STYLES = ["criterion_dot", "criterion_dash", "family_seq"] as const;
export type ControlIdStyle = (typeof CONTROL_ID_STYLES)[number];
export const CUEC_LAYOUTS = ["table", "list"] as const;
export type CuecLayout = (typeof CUEC_LAYOUTS)[number];
export const FOOTER_STYLES = ["page_n_of_m", "confidential_page"] as const;
export type FooterStyle = (typeof FOOTER_STYLES)[number];

/** How the description names the subservice organisations: a table (the default) or one run-on sentence. */
export const SUBSERVICE_LAYOUTS = ["table", "sentence"] as const;
export type SubserviceLayout = (typeof SUBSERVICE_LAYOUTS)[number];
/** "Security, availability and confidentiality" (the default) or "Security, Availability & Confidentiality". */
export const CATEGORY_PHRASES = ["and", "ampersand"] as const;
export type CategoryPhrase = (typeof CATEGORY_PHRASES)[number];

export type SubserviceOrganization = { name: string; service: string };

export type Soc2ExceptionSpec = {
  /** Index into EXCEPTION_LIBRARY: the control wording and response options. */
  template: number;
  asset: string;
  criteria: string[];
  tested: number;
  exceptions: number;
  /** null = the report prints no management response for this exception. */
  managementResponse: string | null;
};

export type Soc2Spec = {
  seed: number;
  /** Target PDF page count (10–300); filler control rows pad Section IV to reach it. */
  pages: number;
  soc2Type: Soc2Type;
  serviceOrganization: string;
  /** Short name used in running prose ("Bluefern"). */
  shortName: string;
  systemName: string;
  services: string[];
  /** Data centre / hosting regions and offices named in the description. */
  locations: string[];
  auditor: { name: string; location: string };
  opinion: Opinion;
  categories: TrustServicesCategory[];
  /** Type 2 only (Type 1 → null). ISO dates. */
  periodStart: string | null;
  periodEnd: string | null;
  /** Type 1 only (Type 2 → null). */
  asOfDate: string | null;
  reportDate: string;
  dateFormat: DateFormat;
  sectionOrder: SectionOrder;
  tableStyle: TableStyle;
  controlIdStyle: ControlIdStyle;
  cuecLayout: CuecLayout;
  footerStyle: FooterStyle;
  /** Print a control under every criterion it maps to (as real reports do), so one exception can appear in several rows. */
  repeatControlsPerCriterion: boolean;
  /** Optional Section V with management responses (otherwise responses sit in the Section IV result cell). */
  includeSectionV: boolean;
  subserviceOrganizations: SubserviceOrganization[];
  subserviceMethod: SubserviceMethod;
  cuecs: CriteriaText[];
  csocs: CriteriaText[];
  /** Type 2 only; ignored for Type 1. */
  exceptions: Soc2ExceptionSpec[];
  significantChanges: string | null;
  incidents: string | null;
  /**
   * Layouts of unseen reports, never drawn by seed (existing seeds keep their bytes). Asking for "sentence" makes
   * sure two to four organisations are named; asking for "ampersand" makes sure three or more categories are in scope.
   */
  subserviceLayout?: SubserviceLayout;
  categoryPhrase?: CategoryPhrase;
  /**
   * "wide": the subservice organisations in a four-column table (name, services, method, location), the CSOCs in a
   * table by organisation (its cell spanning that organisation's rows) and the CUECs in an unnumbered two-column table.
   * Never drawn by seed; asking for it makes sure two to four organisations are carved out.
   */
  partyTables?: "wide";
};

function pickCategories(rng: Rng): TrustServicesCategory[] {
  const extra = TRUST_SERVICES_CATEGORIES.filter((c) => c !== "Security" && rng.chance(0.35));
  return ["Security", ...extra];
}

function fill(text: string, shortName: string, systemName: string): string {
  return text.replaceAll("{org}", shortName).replaceAll("{system}", systemName);
}

/** Keep only items whose criteria touch an in-scope category, so CUECs never cite out-of-scope criteria. */
function inScope(items: readonly CriteriaText[], categories: TrustServicesCategory[]): CriteriaText[] {
  const ids = new Set(criteriaFor(categories).map((c) => c.id));
  return items
    .map((i) => ({ text: i.text, criteria: i.criteria.filter((c) => ids.has(c)) }))
    .filter((i) => i.criteria.length > 0);
}

function pickExceptions(rng: Rng, count: number, categories: TrustServicesCategory[]): Soc2ExceptionSpec[] {
  const ids = new Set(criteriaFor(categories).map((c) => c.id));
  const usable = EXCEPTION_LIBRARY.map((t, i) => ({ t, i })).filter(({ t }) => t.criteria.some((c) => ids.has(c)));
  const seen = new Set<string>();
  const out: Soc2ExceptionSpec[] = [];
  for (let guard = 0; out.length < count && guard < count * 50; guard++) {
    const { t, i } = rng.pick(usable);
    const asset = rng.pick(ASSETS);
    // A (template, asset) pair is one distinct control, so the same pair must not repeat.
    if (seen.has(`${i}|${asset}`)) continue;
    seen.add(`${i}|${asset}`);
    const tested = rng.pick([3, 5, 8, 10, 12, 15, 25, 40, 60]);
    out.push({
      template: i,
      asset,
      criteria: t.criteria.filter((c) => ids.has(c)),
      tested,
      exceptions: rng.int(1, Math.max(1, Math.min(3, Math.floor(tested / 3)))),
      managementResponse: rng.chance(0.85) ? rng.pick(t.responses).replaceAll("{asset}", asset) : null,
    });
  }
  return out;
}

/** Draw first, then override: overriding one field must not shift the random draws of the others. */
function or<T>(override: T | undefined, drawn: T): T {
  return override === undefined ? drawn : override;
}

export function randomSoc2Spec(seed: number, overrides: Partial<Soc2Spec> = {}): Soc2Spec {
  const rng = createRng(seed);
  const pages = Math.max(10, Math.min(300, Math.round(or(overrides.pages, rng.int(10, 300)))));
  const soc2Type = or(overrides.soc2Type, rng.chance(0.8) ? "type_2" : "type_1");
  const stem = rng.pick(COMPANY_STEMS);
  const shortName = or(overrides.shortName, stem);
  const serviceOrganization = or(overrides.serviceOrganization, `${stem} ${rng.pick(COMPANY_SUFFIXES)}`);
  const systemName = or(overrides.systemName, `${shortName} ${rng.pick(PRODUCT_NOUNS)} System`);
  const services = or(overrides.services, rng.sample(SERVICE_DESCRIPTIONS, rng.int(1, 3)));
  const locations = or(overrides.locations, [
    ...rng.sample(DATA_CENTER_REGIONS, rng.int(1, 3)),
    ...rng.sample(OFFICE_LOCATIONS, rng.int(1, 2)),
  ]);
  const auditor = or(overrides.auditor, { ...rng.pick(AUDITOR_FIRMS) });
  const drawnOpinion: Opinion = rng.chance(0.7)
    ? "unqualified"
    : rng.chance(0.6)
      ? "qualified"
      : rng.chance(0.75)
        ? "adverse"
        : "disclaimer";
  const opinion = or(overrides.opinion, drawnOpinion);
  const categories = or(overrides.categories, pickCategories(rng));

  const endYear = rng.int(2021, 2025);
  const endMonth = rng.int(0, 11);
  const periodEndDefault = lastDayOfMonth(endYear, endMonth);
  const months = rng.pick([3, 6, 9, 12, 12, 12]);
  const periodEnd = soc2Type === "type_2" ? (overrides.periodEnd ?? periodEndDefault) : null;
  const periodStart =
    soc2Type === "type_2" ? (overrides.periodStart ?? addDays(addMonths(periodEnd as string, -months), 1)) : null;
  const asOfDate = soc2Type === "type_1" ? (overrides.asOfDate ?? periodEndDefault) : null;
  const reportDate = or(overrides.reportDate, addDays((periodEnd ?? asOfDate) as string, rng.int(20, 75)));

  // Small reports cannot hold 30 exceptions or 40 CUECs, so the ranges scale with the page target.
  const maxExceptions =
    opinion === "unqualified" ? Math.min(30, Math.floor(pages / 8)) : Math.min(30, Math.floor(pages / 6));
  const minExceptions = opinion === "unqualified" ? 0 : 1;
  const exceptionCount = rng.int(minExceptions, Math.max(minExceptions, maxExceptions));
  const cuecPool = inScope(CUEC_LIBRARY, categories).map((c) => ({ ...c, text: fill(c.text, shortName, systemName) }));
  const cuecCount = Math.min(cuecPool.length, rng.int(5, pages < 25 ? 15 : 40));

  const subCount = rng.pick([0, 1, 1, 2, 2, 3, 4]);
  const subserviceOrganizations = or(
    overrides.subserviceOrganizations,
    rng.sample(SUBSERVICE_ORGS, subCount).map((s) => ({ ...s })),
  );
  const drawnMethod: SubserviceMethod =
    subserviceOrganizations.length === 0 ? "none_disclosed" : rng.chance(0.8) ? "carve-out" : "inclusive";
  const subserviceMethod = or(overrides.subserviceMethod, drawnMethod);
  const drawnCsocs = inScope(rng.sample(CSOC_LIBRARY, rng.int(2, 6)), categories);
  const csocs = or(overrides.csocs, subserviceMethod === "carve-out" ? drawnCsocs : []);
  const drawnChange = rng.chance(0.3) ? fill(rng.pick(SIGNIFICANT_CHANGES), shortName, systemName) : null;
  const drawnIncident = rng.chance(0.2) ? fill(rng.pick(INCIDENTS), shortName, systemName) : null;
  const drawnExceptions = pickExceptions(rng, exceptionCount, categories);

  const spec: Soc2Spec = {
    seed,
    pages,
    soc2Type,
    serviceOrganization,
    shortName,
    systemName,
    services,
    locations,
    auditor,
    opinion,
    categories,
    periodStart,
    periodEnd,
    asOfDate,
    reportDate,
    dateFormat: or(overrides.dateFormat, rng.pick(DATE_FORMATS)),
    sectionOrder: or(overrides.sectionOrder, rng.pick(["report_first", "assertion_first"] as const)),
    tableStyle: or(overrides.tableStyle, rng.pick(["ruled", "borderless"] as const)),
    controlIdStyle: or(overrides.controlIdStyle, rng.pick(["criterion_dot", "criterion_dash", "family_seq"] as const)),
    cuecLayout: or(overrides.cuecLayout, rng.pick(["table", "list"] as const)),
    footerStyle: or(overrides.footerStyle, rng.pick(["page_n_of_m", "confidential_page"] as const)),
    repeatControlsPerCriterion: or(overrides.repeatControlsPerCriterion, rng.chance(0.5)),
    includeSectionV: or(overrides.includeSectionV, rng.chance(0.5)),
    subserviceOrganizations,
    subserviceMethod,
    cuecs: or(overrides.cuecs, rng.sample(cuecPool, cuecCount)),
    csocs,
    exceptions: soc2Type === "type_2" ? or(overrides.exceptions, drawnExceptions) : [],
    significantChanges: or(overrides.significantChanges, drawnChange),
    incidents: or(overrides.incidents, drawnIncident),
  };
  if (overrides.subserviceLayout === "sentence") {
    spec.subserviceLayout = "sentence";
    if (!overrides.subserviceOrganizations && spec.subserviceOrganizations.length < 2) {
      // A side generator, so this variant shifts no other draw of the seed.
      const side = createRng((seed ^ 0x5b5e4) >>> 0);
      spec.subserviceOrganizations = side.sample(SUBSERVICE_ORGS, side.int(2, 4)).map((s) => ({ ...s }));
      spec.subserviceMethod = or(overrides.subserviceMethod, side.chance(0.8) ? "carve-out" : "inclusive");
      spec.csocs = or(overrides.csocs, spec.subserviceMethod === "carve-out" ? drawnCsocs : []);
    }
  }
  if (overrides.partyTables === "wide") {
    spec.partyTables = "wide";
    spec.cuecLayout = "table";
    if (!overrides.subserviceOrganizations && spec.subserviceOrganizations.length < 2) {
      const side = createRng((seed ^ 0x7ab1e) >>> 0);
      spec.subserviceOrganizations = side.sample(SUBSERVICE_ORGS, side.int(2, 4)).map((s) => ({ ...s }));
    }
    spec.subserviceMethod = "carve-out";
    if (spec.csocs.length === 0) spec.csocs = or(overrides.csocs, drawnCsocs);
  }
  if (overrides.categoryPhrase === "ampersand") {
    spec.categoryPhrase = "ampersand";
    if (!overrides.categories && spec.categories.length < 3) {
      const side = createRng((seed ^ 0xa4d) >>> 0);
      const extra = side.sample(
        TRUST_SERVICES_CATEGORIES.filter((c) => !spec.categories.includes(c)),
        3 - spec.categories.length + side.int(0, 1),
      );
      spec.categories = TRUST_SERVICES_CATEGORIES.filter((c) => spec.categories.includes(c) || extra.includes(c));
    }
  }
  return spec;
}
