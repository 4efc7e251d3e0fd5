import { formatDate } from "./dates";
import { EXCEPTION_LIBRARY } from "./soc2-library";
import { exceptionDeviation } from "./soc2-plan";
import type { Soc2Spec } from "./soc2-spec";

/** Our own wording for the auditor's report and assertion; varied by type and opinion. */
export function d(spec: Soc2Spec, iso: string): string {
  return formatDate(iso, spec.dateFormat);
}

export function periodPhrase(spec: Soc2Spec): string {
  return spec.soc2Type === "type_2"
    ? `throughout the period ${d(spec, spec.periodStart as string)} to ${d(spec, spec.periodEnd as string)}`
    : `as of ${d(spec, spec.asOfDate as string)}`;
}

export function categoriesPhrase(spec: Soc2Spec): string {
  if (spec.categoryPhrase === "ampersand") {
    const names = [...spec.categories];
    return names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} & ${names[names.length - 1]}`;
  }
  const names = spec.categories.map((c) => c.toLowerCase());
  if (names.length === 1) return names[0];
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/** Every subservice organisation, its service and the method in one run-on sentence (no table, no list). */
export function subserviceSentence(spec: Soc2Spec): string {
  const parts = spec.subserviceOrganizations.map(
    (s) => `${s.name} for ${s.service.charAt(0).toLowerCase()}${s.service.slice(1)}`,
  );
  const list = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
  const method =
    spec.subserviceMethod === "carve-out"
      ? `the description includes only the controls of ${spec.shortName} and excludes the related controls of these subservice organizations, which are presented using the carve-out method`
      : `the relevant controls of these subservice organizations are included in the description and in the scope of the examination, which is presented using the inclusive method`;
  return `${spec.shortName} uses ${list} to deliver the ${spec.systemName}, and ${method}.`;
}

function complementaryClause(spec: Soc2Spec): string {
  const sub = spec.subserviceMethod === "carve-out" ? "the subservice organizations and " : "";
  return `if ${sub}user entities applied the complementary controls assumed in the design of ${spec.shortName}'s controls`;
}

export function scopeParagraphs(spec: Soc2Spec): string[] {
  const out = [
    `We have examined ${spec.serviceOrganization}'s ("${spec.shortName}") accompanying description of its ${spec.systemName} titled "${spec.shortName}'s Description of Its ${spec.systemName}" ${periodPhrase(spec)} (description) based on the criteria for a description of a service organization's system set forth in DC 200, 2018 Description Criteria for a Description of a Service Organization's System in a SOC 2 Report (description criteria), and the suitability of the design${spec.soc2Type === "type_2" ? " and operating effectiveness" : ""} of controls stated in the description ${periodPhrase(spec)}, to provide reasonable assurance that ${spec.shortName}'s service commitments and system requirements were achieved based on the trust services criteria relevant to ${categoriesPhrase(spec)} (applicable trust services criteria) set forth in TSP 100, 2017 Trust Services Criteria.`,
  ];
  if (spec.subserviceMethod === "carve-out") {
    out.push(
      `${spec.shortName} uses ${spec.subserviceOrganizations.length === 1 ? "a subservice organization" : `${spec.subserviceOrganizations.length} subservice organizations`} to provide services described in the description. The description includes only the controls of ${spec.shortName} and excludes controls of the subservice organizations (carve-out method). The description also indicates that complementary subservice organization controls that are suitably designed${spec.soc2Type === "type_2" ? " and operating effectively" : ""} are necessary, along with controls at ${spec.shortName}, to achieve ${spec.shortName}'s service commitments and system requirements. Our examination did not extend to the services provided by the subservice organizations, and we have not evaluated the suitability of the design or operating effectiveness of such complementary subservice organization controls.`,
    );
  } else if (spec.subserviceMethod === "inclusive") {
    const names = spec.subserviceOrganizations.map((s) => s.name).join(", ");
    out.push(
      `${spec.shortName} uses ${names} as subservice organization${spec.subserviceOrganizations.length > 1 ? "s" : ""}. The description includes the relevant controls of the subservice organization${spec.subserviceOrganizations.length > 1 ? "s" : ""} (inclusive method), and our examination included the services provided by, and the relevant controls at, the subservice organization${spec.subserviceOrganizations.length > 1 ? "s" : ""}.`,
    );
  }
  out.push(
    `The description indicates that complementary user entity controls that are suitably designed${spec.soc2Type === "type_2" ? " and operating effectively" : ""} are necessary, along with controls at ${spec.shortName}, to achieve ${spec.shortName}'s service commitments and system requirements based on the applicable trust services criteria. Our examination did not include such complementary user entity controls, and we have not evaluated their suitability.`,
  );
  return out;
}

export function responsibilityParagraphs(spec: Soc2Spec): string[] {
  return [
    `${spec.shortName} is responsible for its service commitments and system requirements and for designing, implementing and operating effective controls within the system to provide reasonable assurance that they were achieved. ${spec.shortName} has provided the accompanying assertion titled "Assertion of ${spec.shortName} Management" about the description and the suitability of design${spec.soc2Type === "type_2" ? " and operating effectiveness" : ""} of controls stated therein.`,
    `Our responsibility is to express an opinion on the description and on the suitability of design${spec.soc2Type === "type_2" ? " and operating effectiveness" : ""} of controls stated in the description based on our examination. Our examination was conducted in accordance with attestation standards established by the American Institute of Certified Public Accountants. We believe that the evidence we obtained is sufficient and appropriate to provide a reasonable basis for our opinion.`,
    spec.soc2Type === "type_2"
      ? `The specific controls we tested and the nature, timing and results of those tests are presented in Section IV of this report, "Trust Services Criteria, Related Controls, and Tests of Controls."`
      : `We did not perform any procedures regarding the operating effectiveness of controls stated in the description and, accordingly, do not express an opinion thereon.`,
  ];
}

function firstException(spec: Soc2Spec): { control: string; deviation: string; criteria: string } {
  if (spec.exceptions.length > 0) {
    const e = spec.exceptions[0];
    return {
      control: EXCEPTION_LIBRARY[e.template].activity.replaceAll("{asset}", e.asset),
      deviation: exceptionDeviation(spec, 0),
      criteria: e.criteria.join(" and "),
    };
  }
  // Type 1 reports have no test results; a modified opinion then rests on a design deficiency.
  return {
    control: "access for terminated users of the production database is revoked within one business day of termination",
    deviation: "no procedure existed to notify the IT team of terminations, so the control was not suitably designed",
    criteria: "CC6.2",
  };
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

export function opinionBlocks(spec: Soc2Spec): Array<{ heading: string; text: string }> {
  const p = periodPhrase(spec);
  const t2 = spec.soc2Type === "type_2";
  const a = `the description presents ${spec.shortName}'s ${spec.systemName} that was designed and implemented ${p} in accordance with the description criteria`;
  const b = `the controls stated in the description were suitably designed ${p} to provide reasonable assurance that ${spec.shortName}'s service commitments and system requirements would be achieved based on the applicable trust services criteria, ${t2 ? "if its controls operated effectively throughout that period and " : ""}${complementaryClause(spec)}`;
  const c = `the controls stated in the description operated effectively ${p} to provide reasonable assurance that ${spec.shortName}'s service commitments and system requirements were achieved based on the applicable trust services criteria, ${complementaryClause(spec)}`;
  const clauses = t2 ? `(a) ${a}; (b) ${b}; and (c) ${c}.` : `(a) ${a}; and (b) ${b}.`;
  const ex = firstException(spec);
  switch (spec.opinion) {
    case "unqualified":
      return [{ heading: "Opinion", text: `In our opinion, in all material respects, ${clauses}` }];
    case "qualified":
      return [
        {
          heading: "Basis for Qualified Opinion",
          text: `${spec.shortName} states in its description that ${lowerFirst(ex.control.replace(/\.$/, ""))}. However, ${lowerFirst(ex.deviation.replace(/\.$/, ""))}. As a result, controls were not ${t2 ? "operating effectively" : "suitably designed"} to achieve trust services criterion ${ex.criteria}.`,
        },
        {
          heading: "Qualified Opinion",
          text: `In our opinion, except for the matter described in the Basis for Qualified Opinion paragraph, in all material respects, ${clauses}`,
        },
      ];
    case "adverse": {
      const items = t2 ? spec.exceptions.slice(0, 3).map((_, i) => exceptionDeviation(spec, i)) : [ex.deviation];
      return [
        {
          heading: "Basis for Adverse Opinion",
          text: `Our examination identified the following deficiencies, which are pervasive to the system: ${items.map((s) => lowerFirst(s.replace(/\.$/, ""))).join("; ")}. These deficiencies affect several of the applicable trust services criteria.`,
        },
        {
          heading: "Adverse Opinion",
          text: `In our opinion, because of the significance of the matters described in the Basis for Adverse Opinion paragraph, the description does not present fairly ${spec.shortName}'s ${spec.systemName} ${p} in accordance with the description criteria; the controls stated in the description were not suitably designed to provide reasonable assurance that ${spec.shortName}'s service commitments and system requirements would be achieved${t2 ? "; and the controls did not operate effectively to provide such assurance" : ""}.`,
        },
      ];
    }
    case "disclaimer":
      return [
        {
          heading: "Basis for Disclaimer of Opinion",
          text: `${spec.shortName} was unable to provide complete, system-generated populations of changes, new users and terminated users for the examination period, and we were unable to apply alternative procedures to obtain sufficient appropriate evidence about the ${t2 ? "operating effectiveness" : "design"} of the related controls.`,
        },
        {
          heading: "Disclaimer of Opinion",
          text: `Because of the significance of the matter described in the Basis for Disclaimer of Opinion paragraph, we have not been able to obtain sufficient appropriate evidence to provide a basis for an opinion. Accordingly, we do not express an opinion on the description or on the suitability of design${t2 ? " and operating effectiveness" : ""} of controls stated in the description.`,
        },
      ];
  }
}

export function assertionParagraphs(spec: Soc2Spec): string[] {
  const p = periodPhrase(spec);
  const t2 = spec.soc2Type === "type_2";
  const modified = spec.opinion !== "unqualified";
  return [
    `We have prepared the accompanying description of ${spec.serviceOrganization}'s ${spec.systemName} ${p} based on the criteria for a description of a service organization's system set forth in DC 200 (description criteria). The description is intended to provide report users with information about the system that may be useful when assessing the risks arising from interactions with ${spec.shortName}'s system.`,
    `We confirm, to the best of our knowledge and belief, that:`,
    `a. the description presents the ${spec.systemName} that was designed and implemented ${p} in accordance with the description criteria.`,
    `b. the controls stated in the description were suitably designed ${p} to provide reasonable assurance that ${spec.shortName}'s service commitments and system requirements would be achieved based on the applicable trust services criteria${modified ? ", except for the matters described in the independent service auditor's report" : ""}.`,
    ...(t2
      ? [
          `c. the controls stated in the description operated effectively ${p} to provide reasonable assurance that ${spec.shortName}'s service commitments and system requirements were achieved based on the applicable trust services criteria${modified ? ", except for the matters described in the independent service auditor's report" : ""}.`,
        ]
      : []),
  ];
}
