import type { CriteriaText } from "./soc2-library";
import { exceptionControlIds, exceptionDeviation, exceptionRowCount, planControls, RESULT_OK } from "./soc2-plan";
import { EXCEPTION_LIBRARY } from "./soc2-library";
import type { Opinion, Soc2Spec, Soc2Type, SubserviceMethod } from "./soc2-spec";

export type Soc2ExpectedException = {
  control_id: string;
  criteria: string[];
  control: string;
  deviation: string;
  /** `tested` is the brief's name; `sample_size` mirrors the corpus files. */
  sample: { tested: number; exceptions: number; sample_size: number };
  management_response: string | null;
  management_response_summary: string | null;
};

export type Soc2Expected = {
  document: string;
  how_filled: string;
  doc_kind: "soc2_report";
  service_organization: string;
  system_name: string;
  report_type: string;
  soc2_type: Soc2Type;
  period_start: string | null;
  period_end: string | null;
  as_of_date: string | null;
  report_date: string;
  auditor: { name: string; location: string; name_in_text_layer: true };
  opinion: Opinion;
  trust_services_categories: string[];
  in_scope: { services: string[]; locations: string[] | null };
  subservice_organizations: Array<{ name: string; service: string; method: "carve-out" | "inclusive" }>;
  subservice_method: SubserviceMethod;
  csocs: {
    present: boolean;
    subservice: string | null;
    count: number;
    items: CriteriaText[];
    examples: CriteriaText[];
  };
  cuecs: { count: number; items: CriteriaText[] };
  control_tests: {
    result_phrase_ok: string;
    exceptions_count: number;
    exceptions: Soc2ExpectedException[];
    /** Rows containing "Exception noted." anywhere in the text (Section IV rows, plus Section V rows when present). */
    exception_rows_in_text: number;
    exception_rows_note: string;
  } | null;
  significant_changes: string;
  incidents: string;
  subsequent_events: string;
  authenticity_flags: string[];
  synthetic: {
    generator: "scripts/synth/generate-soc2.ts";
    seed: number;
    page_target: number;
    page_count: number;
    section_order: string;
    table_style: string;
    date_format: string;
    control_id_style: string;
    section_v: boolean;
    cuec_layout: string;
    subservice_layout: string;
    category_phrase: string;
  };
};

export function buildSoc2Expected(spec: Soc2Spec, pageCount: number, fileName: string): Soc2Expected {
  const plan = planControls(spec);
  const ids = exceptionControlIds(plan, spec.exceptions.length);
  const ivRows = exceptionRowCount(plan);
  const vRows = spec.includeSectionV ? spec.exceptions.length : 0;
  const carveOutNames = spec.subserviceMethod === "carve-out" ? spec.subserviceOrganizations.map((s) => s.name) : [];
  return {
    document: fileName,
    how_filled: "Generated: expected facts come from the same spec that drew the PDF (scripts/synth).",
    doc_kind: "soc2_report",
    service_organization: spec.serviceOrganization,
    system_name: spec.systemName,
    report_type: spec.soc2Type === "type_2" ? "SOC 2 Type 2" : "SOC 2 Type 1",
    soc2_type: spec.soc2Type,
    period_start: spec.periodStart,
    period_end: spec.periodEnd,
    as_of_date: spec.asOfDate,
    report_date: spec.reportDate,
    auditor: { name: spec.auditor.name, location: spec.auditor.location, name_in_text_layer: true },
    opinion: spec.opinion,
    trust_services_categories: [...spec.categories],
    in_scope: { services: [...spec.services], locations: spec.locations.length > 0 ? [...spec.locations] : null },
    subservice_organizations:
      spec.subserviceMethod === "none_disclosed"
        ? []
        : spec.subserviceOrganizations.map((s) => ({
            name: s.name,
            service: s.service,
            method: spec.subserviceMethod as "carve-out" | "inclusive",
          })),
    subservice_method: spec.subserviceMethod,
    csocs: {
      present: spec.csocs.length > 0,
      subservice: carveOutNames.length > 0 ? carveOutNames.join("; ") : null,
      count: spec.csocs.length,
      items: spec.csocs.map((c) => ({ text: c.text, criteria: [...c.criteria] })),
      examples: spec.csocs.slice(0, 2).map((c) => ({ text: c.text, criteria: [...c.criteria] })),
    },
    cuecs: { count: spec.cuecs.length, items: spec.cuecs.map((c) => ({ text: c.text, criteria: [...c.criteria] })) },
    control_tests:
      spec.soc2Type === "type_1"
        ? null
        : {
            result_phrase_ok: RESULT_OK,
            exceptions_count: spec.exceptions.length,
            exceptions: spec.exceptions.map((e, i) => ({
              control_id: ids[i],
              criteria: [...e.criteria],
              control: EXCEPTION_LIBRARY[e.template].activity.replaceAll("{asset}", e.asset),
              deviation: exceptionDeviation(spec, i),
              sample: { tested: e.tested, exceptions: e.exceptions, sample_size: e.tested },
              management_response: e.managementResponse,
              management_response_summary: e.managementResponse,
            })),
            exception_rows_in_text: ivRows + vRows,
            exception_rows_note: `${ivRows} 'Exception noted.' rows in Section IV${
              spec.repeatControlsPerCriterion ? " (each exception printed under every criterion it maps to)" : ""
            }${vRows > 0 ? ` plus ${vRows} in Section V management responses` : ""}; distinct exceptions = ${spec.exceptions.length}`,
          },
    significant_changes: spec.significantChanges ?? "None",
    incidents: spec.incidents ?? "None",
    subsequent_events: "None",
    authenticity_flags: [],
    synthetic: {
      generator: "scripts/synth/generate-soc2.ts",
      seed: spec.seed,
      page_target: spec.pages,
      page_count: pageCount,
      section_order: spec.sectionOrder,
      table_style: spec.tableStyle,
      date_format: spec.dateFormat,
      control_id_style: spec.controlIdStyle,
      section_v: spec.includeSectionV,
      cuec_layout: spec.cuecLayout,
      subservice_layout: spec.subserviceLayout ?? "table",
      category_phrase: spec.categoryPhrase ?? "and",
    },
  };
}
