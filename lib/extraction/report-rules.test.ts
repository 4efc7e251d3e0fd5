// Report and document-kind rules from issue #12's unseen documents, on made-up text: a SOC 3's offering named at the
// start of its services section; a vendor's certification claim is a claims page, a mere mention of a standard is not;
// a Restricted Use paragraph whose fixed wording was replaced is flagged where it is printed.
import { describe, expect, it } from "vitest";
import { classifyText } from "./classify";
import { extractFromText } from "./extract-document";
import { readAs } from "./test-support/read-as";
import { normalizeText } from "./normalize";
import type { TextDocument } from "./types";

const doc = (text: string, format: TextDocument["format"] = "text"): TextDocument => ({
  pages: [normalizeText(text)],
  filename: "x",
  format,
});

describe("services in scope", () => {
  const report = (services: string) =>
    `Independent Service Auditor's Report\nTo the Management of Quillbrook Ltd.:\nWe have examined Quillbrook Ltd.'s accompanying assertion that the controls within the Ferrule Cloud (the System) were effective.\n\nSystem Description\n\n${services}\n\nThe System is hosted in two regions.\n`;

  it("names the offering that opens a SOC 3's services section", () => {
    const r = readAs(
      "soc3_report",
      report(
        "Overview of Services Provided\nThe Ferrule Cloud (the System or Ferrule) is a hosted, multi-tenant ledger reconciliation service that matches bank feeds.",
      ),
    );
    const services = r.facts["in_scope.services"]!;
    expect(services.value).toEqual(["Ferrule Cloud"]);
    expect(services.quote).toContain("The Ferrule Cloud (the System or Ferrule) is a hosted");
  });

  it("does not take the company described in that section for a service", () => {
    const r = readAs(
      "soc3_report",
      report(
        "Services Provided\nQuillbrook Ltd. is a provider of software services to banks.\nThe Company is a regulated payments service provider.",
      ),
    );
    expect(r.facts["in_scope.services"]!.value).toBeNull();
  });
});

describe("claims pages", () => {
  it("reads a vendor's marketing claim of a certification as a claims page", () => {
    const c = classifyText(
      doc(
        "Seguridad certificada\nEn Quillbrook protegemos tus datos, avalados por la certificación ISO 27001.\nElegir un proveedor certificado en ISO 27001 es elegir tranquilidad.\n",
        "pdf",
      ),
    );
    expect(c.kind).toBe("claims_page");
  });

  it("says unknown, with low confidence, for a text that names a standard without claiming it", () => {
    const c = classifyText(
      doc(
        "Information Security Policy\nThis policy is aligned with ISO 27001 Annex A.\n\nAll engineers complete certified secure-coding training every year and the policy is reviewed annually.\n",
        "pdf",
      ),
    );
    expect(c.kind).toBe("unknown");
    expect(c.confidence).toBeLessThan(0.5);
  });
});

describe("restricted use paragraph", () => {
  const report = (paragraph: string) =>
    `Independent Service Auditor's Report\nTo the Management of Quillbrook Ltd.:\nIn our opinion, the controls were suitably designed.\n\nRestricted Use\n${paragraph}\n`;
  const restricted = (flags: string[]) => flags.filter((f) => /Restricted Use/.test(f));

  it("flags wording put in place of 'intended solely for the information and use of', cited on its line", () => {
    const r = readAs(
      "soc2_report",
      report(
        "This report is intended solely throughout information and use of user entities of Quillbrook Ltd.\nthroughout the period., and prospective user entities.",
      ),
    );
    expect(restricted(r.consistency)).toHaveLength(1);
    const cite = r.flagCitations.find((c) => /Restricted Use/.test(c.flag))!;
    expect(cite.page).toBe(1);
    expect(cite.quote).toContain("intended solely throughout information and use of user entities");
  });

  it("reads the paragraph with its spaces lost", () => {
    const r = readAs(
      "soc2_report",
      report("Thisreportisintendedsolelythroughoutinformationanduseof user entities of Quillbrook Ltd."),
    );
    expect(restricted(r.consistency)).toHaveLength(1);
  });

  it("does not flag the standard wording, even with its spaces lost", () => {
    for (const paragraph of [
      "This report is intended\nsolely for the information and use of Quillbrook Ltd., user entities and regulators.",
      "Thisreportisintendedsolelyfortheinformationanduseof Quillbrook Ltd.",
      "This report is intended solely for use by the management of Quillbrook Ltd.",
    ]) {
      const r = readAs("soc2_report", report(paragraph));
      expect(restricted(r.consistency)).toEqual([]);
    }
  });
});
