import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { mergeConfirmed, reissueRowIds } from "../confirm";
import {
  FACT_KIND_SPECS,
  FACT_KINDS,
  FactsShapeError,
  changeKind,
  emptyFacts,
  factLabel,
  factsFromExtractorReadings,
  parseDocumentFacts,
  readStoredFacts,
  tidyFacts,
  type FactsOf,
} from ".";

const snapshots = JSON.parse(
  readFileSync(path.resolve(process.cwd(), "tests/fixtures/corpus-extractions.json"), "utf8"),
) as Record<string, Parameters<typeof factsFromExtractorReadings>[0]>;

function soc2(): FactsOf<"soc2_report"> {
  const facts = factsFromExtractorReadings({
    doc_kind: "soc2_report",
    facts: {
      period_end: { value: "2025-03-31", page: 4, quote: "March 31, 2025", confidence: 0.9 },
      "cuecs.items": { value: ["Review access (CC6.1)"], page: 30, quote: null, confidence: 0.8 },
      subservice_organizations: { value: [{ name: "AWS", method: "carve-out" }], page: 9, quote: null, confidence: 1 },
    },
  });
  if (facts.kind !== "soc2_report") throw new Error(facts.kind);
  return facts;
}

describe("the fact schema", () => {
  it("gives each flag the page and quote its flag_citations entry names (a gap from it cites that page)", () => {
    const facts = factsFromExtractorReadings({
      doc_kind: "bridge_letter",
      facts: {},
      consistency_flags: ["Letter date 2025-02-19 is before the referenced report date 2025-06-11"],
      authenticity_flags: ["No signature block"],
      flag_citations: [
        {
          flag: "Letter date 2025-02-19 is before the referenced report date 2025-06-11",
          page: 1,
          quote: "February 19, 2025",
        },
        { flag: "No signature block", page: null, quote: null },
      ],
    });
    const byText = Object.fromEntries(facts.flags.map((f) => [f.value!.text, [f.page, f.quote]]));
    expect(byText["Letter date 2025-02-19 is before the referenced report date 2025-06-11"]).toEqual([
      1,
      "February 19, 2025",
    ]);
    expect(byText["No signature block"]).toEqual([null, null]);
  });

  it("accepts what the extractor produced for every corpus document", () => {
    for (const [id, snapshot] of Object.entries(snapshots)) {
      expect(() => readStoredFacts(snapshot), id).not.toThrow();
    }
  });

  it("labels every field of every kind in plain language", () => {
    for (const kind of FACT_KINDS) {
      for (const [name, spec] of Object.entries(FACT_KIND_SPECS[kind])) {
        expect(spec.label, `${kind}.${name}`).toMatch(/^[A-Z][^_]*$/);
        expect(factLabel(kind, name)).toBe(spec.label);
      }
    }
  });

  it("names the bad field", () => {
    const facts = soc2();
    const bad = {
      ...facts,
      fields: { ...facts.fields, periodEnd: { ...facts.fields.periodEnd, value: "31/03/2025" } },
    };
    expect(() => parseDocumentFacts(bad)).toThrow(FactsShapeError);
    try {
      parseDocumentFacts(bad);
    } catch (err) {
      expect((err as FactsShapeError).issues.map((i) => i.path)).toEqual(["fields.periodEnd.value"]);
    }
  });

  it("gives each list row its own citation, on the page of the list", () => {
    const cuec = soc2().fields.cuecs.value![0]!;
    expect(cuec).toMatchObject({ page: 30, quote: "Review access (CC6.1)", source: "text" });
    expect(cuec.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("keeps a list item's own citation and marks values read by OCR", () => {
    const facts = factsFromExtractorReadings({
      doc_kind: "soc2_report",
      facts: {
        "cuecs.count": { value: 2, page: 19, quote: "2 CUECs", confidence: 0.9 },
        "cuecs.items": {
          value: [
            { text: "Review access (CC6.1)", page: 20, quote: "Review access (CC6.1)" },
            { text: "Report incidents (CC7.3)" },
          ],
          page: 19,
          quote: "Review access (CC6.1)",
          confidence: 0.9,
        },
        service_organization: { value: "Acme", page: 1, quote: "Acme", confidence: 0.6, source: "ocr" },
      },
    });
    if (facts.kind !== "soc2_report") throw new Error(facts.kind);
    const [own, fromList] = facts.fields.cuecs.value!;
    expect(own).toMatchObject({ page: 20, quote: "Review access (CC6.1)", source: "text" });
    expect(fromList).toMatchObject({ page: 19, quote: "Report incidents (CC7.3)" });
    expect(facts.fields.serviceOrganization).toMatchObject({ value: "Acme", source: "ocr", confidence: 0.6 });
    expect(facts.fields.periodEnd.source).toBe("text");
  });
});

describe("confirming", () => {
  it("logs a corrected list of plain values (categories) as those values", () => {
    const base = soc2();
    const tsc = { ...base.fields.tscCategories, value: ["security", "availability"] };
    const submitted = { ...base, fields: { ...base.fields, tscCategories: tsc } } as typeof base;
    const { changes } = mergeConfirmed(base, submitted);
    expect(changes.find((c) => c.field === "tscCategories")?.newValue).toEqual(["security", "availability"]);
  });

  it("marks a changed value as a person's, keeps its citation, and logs it by field", () => {
    const base = soc2();
    const submitted = {
      ...base,
      fields: { ...base.fields, periodEnd: { ...base.fields.periodEnd, value: "2025-04-30", page: 99 } },
    };
    const { facts, changes } = mergeConfirmed(base, submitted);
    expect(changes).toEqual([{ field: "periodEnd", oldValue: "2025-03-31", newValue: "2025-04-30" }]);
    expect((facts as FactsOf<"soc2_report">).fields.periodEnd).toEqual({
      value: "2025-04-30",
      page: 4,
      quote: "March 31, 2025",
      confidence: 1,
      source: "analyst",
    });
  });

  it("keeps row ids and fields edited elsewhere, gives new rows fresh ids, and drops removed rows", () => {
    const base = soc2();
    const cuec = base.fields.cuecs.value![0]!;
    const stored = {
      ...base,
      fields: {
        ...base.fields,
        cuecs: { ...base.fields.cuecs, value: [{ ...cuec, value: { ...cuec.value!, buyerControl: "IAM-04" } }] },
      },
    };
    const submitted = {
      ...stored,
      fields: {
        ...stored.fields,
        cuecs: {
          ...stored.fields.cuecs,
          value: [
            // The form cannot change the mapping: it is edited in the CUEC section.
            { ...cuec, value: { ...cuec.value!, text: "Review access quarterly", buyerControl: "forged" } },
            { ...cuec, id: "new-1", value: { ...cuec.value!, text: "Added by hand" } },
          ],
        },
        subserviceOrgs: { ...stored.fields.subserviceOrgs, value: [] },
      },
    };
    const { facts, changes } = mergeConfirmed(stored, submitted);
    const rows = (facts as FactsOf<"soc2_report">).fields.cuecs.value!;
    expect(rows[0]).toMatchObject({ id: cuec.id, page: 30, source: "analyst" });
    expect(rows[0]!.value).toMatchObject({ text: "Review access quarterly", buyerControl: "IAM-04" });
    expect(rows[1]!.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(rows[1]).toMatchObject({ page: null, quote: null, value: { text: "Added by hand", buyerControl: null } });
    expect((facts as FactsOf<"soc2_report">).fields.subserviceOrgs.value).toEqual([]);
    expect(changes.map((c) => c.field).sort()).toEqual(["cuecs", "subserviceOrgs"]);
  });

  it("records an unanswered 'own report on file' as not on file", () => {
    const base = soc2();
    const { facts } = mergeConfirmed(base, base);
    expect((facts as FactsOf<"soc2_report">).fields.subserviceOrgs.value![0]!.value!.reportOnFile).toBe(false);
  });
});

describe("first confirmation", () => {
  it("gives rows new ids, the same in the stored and the submitted facts", () => {
    const base = soc2();
    const [renewedBase, renewedSubmitted] = reissueRowIds(base, base);
    const oldId = base.fields.cuecs.value![0]!.id;
    const newId = (renewedBase as FactsOf<"soc2_report">).fields.cuecs.value![0]!.id;
    expect(newId).not.toBe(oldId);
    expect((renewedSubmitted as FactsOf<"soc2_report">).fields.cuecs.value![0]!.id).toBe(newId);
    const withLists = {
      ...base,
      fields: { ...base.fields, inScopeServices: { ...base.fields.inScopeServices, value: ["Payroll"] } },
    };
    const [renewed] = reissueRowIds(withLists, withLists);
    expect(() => parseDocumentFacts(renewed)).not.toThrow();
    expect((renewed as FactsOf<"soc2_report">).fields.inScopeServices.value).toEqual(["Payroll"]);
  });
});

describe("form values", () => {
  it("tidies blanks to null and drops blank list lines", () => {
    const base = soc2();
    const typed = {
      ...base,
      fields: {
        ...base.fields,
        auditor: { ...base.fields.auditor, value: "  UHY LLP " },
        inScopeServices: { ...base.fields.inScopeServices, value: ["Payroll", " ", ""] },
        systemName: { ...base.fields.systemName, value: "  " },
      },
    };
    const tidy = tidyFacts(typed) as FactsOf<"soc2_report">;
    expect(tidy.fields.auditor.value).toBe("UHY LLP");
    expect(tidy.fields.inScopeServices.value).toEqual(["Payroll"]);
    expect(tidy.fields.systemName.value).toBeNull();
    expect(() => parseDocumentFacts(tidy)).not.toThrow();
  });

  it("keeps shared fields when the kind changes and validates the result", () => {
    const moved = changeKind(soc2(), "soc3_report") as FactsOf<"soc3_report">;
    expect(moved.fields.periodEnd.value).toBe("2025-03-31");
    expect("exceptions" in moved.fields).toBe(false);
    expect(() => parseDocumentFacts(moved)).not.toThrow();
    expect(() => parseDocumentFacts(changeKind(moved, "bridge_letter"))).not.toThrow();
    expect(emptyFacts("unknown").fields).toEqual({});
  });
});
