// SOC 1/2/3 report facts, keyed by the corpus expected.json field paths.
import { daysBetween } from "@/lib/dates";
import { findAuditor, findSignatureBlock } from "./soc-auditor";
import {
  findCsocs,
  findCuecs,
  findIncidents,
  findSignificantChanges,
  findSubserviceMethod,
  findSubservices,
} from "./soc-components";
import {
  findCategories,
  findOpinion,
  findPeriod,
  findServiceOrganization,
  findSocType,
  findLocations,
  findServices,
  findSystemName,
  servicesProvidedAsSystem,
} from "./soc-scope";
import { chooseCsocs, chooseCuecs, chooseSubservices } from "./soc-table-choice";
import { findControlTests } from "./soc-tests";
import { flagAt, flagOn } from "./flags";
import { restrictedUseWording } from "./restricted-use";
import type { DocKind, Fact, Facts, FlagCitation } from "./types";
import { escapeRe, squash } from "./normalize";
import { factAt, missing, search, searchAll, type TextIndex } from "./text-index";

/** What a kind's rules read: facts, fields only in images, and flags each cited where its evidence is printed. */
export type KindExtraction = {
  facts: Facts;
  notInTextLayer: string[];
  consistency: FlagCitation[];
  authenticity: FlagCitation[];
};

export function extractSocReport(index: TextIndex, kind: DocKind): KindExtraction {
  const org = findServiceOrganization(index);
  const system = findSystemName(index, org.value);
  const socType = findSocType(index, kind);
  const period = findPeriod(index);
  const block = findSignatureBlock(index);
  const reportDate: Fact<string> = block
    ? factAt(index, block.iso, block.dateOffset, block.dateLength, 0.85)
    : missing();
  const { name: auditor, location: auditorLocation } = findAuditor(index, block);
  const method = findSubserviceMethod(index);
  // The positioned table readers stand where they hold what the text rules read (soc-table-choice.ts).
  const subservices = chooseSubservices(
    index,
    findSubservices(index, method.value ?? "none_disclosed", org.value),
    method.value,
  );
  const csocs = chooseCsocs(
    index,
    findCsocs(index, method.value ?? "none_disclosed", [org.value, system.value]),
    method.value,
  );
  const cuecs = chooseCuecs(index, findCuecs(index));
  const tests = kind === "soc3_report" ? missing() : findControlTests(index, socType.value);

  const facts: Facts = {
    service_organization: org,
    system_name: system,
    soc2_type: kind === "soc2_report" ? socType : missing("not applicable to this report kind"),
    period_start: period.start,
    period_end: period.end,
    as_of_date: period.asOf,
    report_date: reportDate,
    "auditor.name": auditor,
    "auditor.location": auditorLocation,
    opinion: findOpinion(index),
    trust_services_categories:
      kind === "soc1_report" ? missing("SOC 1 reports use control objectives") : findCategories(index),
    // A SOC 3's "system" is the whole platform: its services are reported only when the report lists them.
    "in_scope.services": kind === "soc3_report" ? soc3Services(index, system, org) : findServices(index, system),
    "in_scope.locations": findLocations(index),
    subservice_organizations: subservices,
    subservice_method: method,
    "csocs.present": csocs.value
      ? { ...csocs, value: true }
      : {
          value: false,
          page: null,
          quote: null,
          confidence: 0.6,
          note: "no complementary subservice organisation controls section found",
        },
    "csocs.criteria": csocs.value ? { ...csocs, value: csocs.value.criteria } : missing(),
    "cuecs.count": cuecs.value ? { ...cuecs, value: cuecs.value.count } : missing(),
    "cuecs.items": cuecs.value ? { ...cuecs, value: cuecs.value.items } : missing(),
    "control_tests.exceptions_count": tests.value ? { ...tests, value: tests.value.exceptions_count } : tests,
    "control_tests.exceptions": tests.value ? { ...tests, value: tests.value.exceptions } : tests,
    significant_changes: findSignificantChanges(index),
    incidents: findIncidents(index),
  };

  const notInTextLayer: string[] = [];
  if (auditor.value === null) notInTextLayer.push("auditor.name");
  if (/in\s*our\s*opinion/i.test(index.text) && reportDate.value === null) notInTextLayer.push("report_date");

  const consistency: FlagCitation[] = [];
  if (period.start.value && period.end.value && period.start.value > period.end.value) {
    consistency.push(
      flagOn(`Period start ${period.start.value} is after period end ${period.end.value}`, period.start),
    );
  }
  if (reportDate.value && period.end.value && reportDate.value < period.end.value) {
    consistency.push(
      flagOn(
        `Report date ${reportDate.value} is before the end of the period it covers (${period.end.value})`,
        reportDate,
      ),
    );
  }
  if (period.start.value && period.end.value && daysBetween(period.start.value, period.end.value) > 366) {
    consistency.push(
      flagOn(`Period ${period.start.value} to ${period.end.value} is longer than 12 months`, period.start, period.end),
    );
  }

  // A Type 1 report has no tests of operating effectiveness: wording about test results is a Type 2 template's.
  if (socType.value === "type_1") {
    const tests = search(
      index,
      /description\s*of\s*tests\s*of\s*controls\s*and\s*(?:the\s*)?results|related\s*tests\s*and\s*results|tests\s*of\s*controls\s*and\s*results\s*thereof/i,
    );
    if (tests)
      consistency.push(
        flagAt(
          index,
          `A Type 1 report refers to tests of controls and their results ("${squash(tests[0])}"), which a Type 1 report does not contain`,
          tests.index,
          tests[0].length,
        ),
      );
  }
  // The auditor's report says the description presents user entity controls, and none is listed.
  if (kind !== "soc1_report" && cuecs.value === null) {
    const said = search(
      index,
      /indicates\s*that\s*complementary\s*user\s*entity\s*controls\s*that\s*are\s*suitably\s*designed/i,
    );
    if (said)
      consistency.push(
        flagAt(
          index,
          "The auditor's report says the description assumes complementary user entity controls, but the description lists none",
          said.index,
          said[0].length,
        ),
      );
  }
  const restricted = restrictedUseWording(index);
  if (restricted) consistency.push(restricted);
  const authenticity: FlagCitation[] = [];
  authenticity.push(...possessiveArtefacts(index, org.value));
  // A firm named only in a logo or signature image is a text-layer gap (listed in not_in_text_layer), not a sign of
  // forgery; a report typed as signed by an individual with no firm anywhere near the signature is.
  const signer = block ? individualSigner(block.lines) : undefined;
  if (signer && !/signature\s*block/.test(auditor.note ?? "")) {
    authenticity.push(
      flagAt(
        index,
        "The auditor's report is signed by an individual with no firm name in the signature block",
        signer.offset,
        signer.text.length,
      ),
    );
  }
  const exceptions = tests.value?.exceptions_count;
  if (
    socType.value === "type_2" &&
    exceptions === 0 &&
    reportDate.value &&
    period.end.value &&
    daysBetween(period.end.value, reportDate.value) <= 31
  ) {
    authenticity.push(
      flagOn(
        `Type 2 report dated ${daysBetween(period.end.value, reportDate.value)} days after period end with zero exceptions (unusually fast)`,
        reportDate,
      ),
    );
  }
  return { facts, notInTextLayer, consistency, authenticity };
}

/**
 * A SOC 3 lists its services, or says that it provides the system it reports on, or says in its description what it
 * provides to whom: "Acme provides real-time document editing and e-signature workflows to business customers".
 */
function soc3Services(index: TextIndex, system: Fact<string>, org: Fact<string>): Fact<string[]> {
  const listed = findServices(index, missing());
  if (listed.value) return listed;
  const asSystem = servicesProvidedAsSystem(index, system);
  if (asSystem.value || !org.value) return asSystem;
  // The organisation by its name or the short name it goes by (its first word); what it provides is told in lower
  // case (a description, not a product name) and ends before the customers it is provided to.
  const names = [org.value, org.value.split(/[\s,]+/)[0]!].map((n) => escapeRe(n).replace(/\s+/g, "\\s+"));
  const told = search(
    index,
    new RegExp(
      `\\b(?:${names.join("|")})\\s+provides\\s+([a-z][^.]{9,200}?)\\s+(?:to|for)\\s+(?:its\\s+)?(?:[a-z-]+\\s+){0,2}(?:customers|clients|users|organi[sz]ations|businesses|enterprises)\\b`,
    ),
  );
  if (!told) return asSystem;
  return factAt(index, [squash(told[1]!)], told.index, told[0].length, 0.6, "what the organisation says it provides");
}

/** The signature line that names an individual accountant, if the block has one. */
function individualSigner<L extends { text: string }>(lines: L[]): L | undefined {
  return lines.find((l) =>
    /^\s*[A-Z][a-z]+(?:\s+[A-Z]\.?)?\s+[A-Z][a-z]+,?\s*(?:Certified\s*Public\s*Accountant|CPA)\b/.test(l.text),
  );
}

/**
 * "HackerBay' service commitments": a possessive with a bare apostrophe after a name that does not end in "s" is
 * what a find-and-replace leaves when another company's name ending in "s" was swapped out.
 */
function possessiveArtefacts(index: TextIndex, org: string | null): FlagCitation[] {
  const hits = searchAll(
    index,
    /\b([A-Z][A-Za-z]*[a-rt-zA-RT-Z])'\s+(?:service|system|controls?|commitments|management|objectives|description|platform|customers)\b/g,
  );
  const counts = new Map<string, RegExpExecArray[]>();
  for (const h of hits) counts.set(h[1]!, [...(counts.get(h[1]!) ?? []), h]);
  const out: FlagCitation[] = [];
  for (const [name, at] of counts) {
    const n = at.length;
    if (n >= 3 && (!org || org.toLowerCase().includes(name.toLowerCase()))) {
      out.push(
        flagAt(
          index,
          `"${name}' " used ${n} times as a possessive: a name-substitution artefact that suggests text re-used from another company's report`,
          at[0]!.index,
          at[0]![0].length,
        ),
      );
    }
  }
  return out;
}
