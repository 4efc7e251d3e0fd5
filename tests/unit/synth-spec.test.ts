import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { planControls, exceptionRowCount } from "@/scripts/synth/soc2-plan";
import { buildSoc2Expected } from "@/scripts/synth/soc2-expected";
import { randomSoc2Spec } from "@/scripts/synth/soc2-spec";

describe("randomSoc2Spec", () => {
  it("stays inside the documented ranges for any seed", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), (seed) => {
        const s = randomSoc2Spec(seed);
        expect(s.pages).toBeGreaterThanOrEqual(10);
        expect(s.pages).toBeLessThanOrEqual(300);
        expect(s.cuecs.length).toBeGreaterThanOrEqual(5);
        expect(s.cuecs.length).toBeLessThanOrEqual(40);
        expect(s.exceptions.length).toBeLessThanOrEqual(30);
        expect(s.categories).toContain("Security");
        if (s.soc2Type === "type_1") {
          expect(s.exceptions).toEqual([]);
          expect(s.periodStart).toBeNull();
          expect(s.asOfDate).not.toBeNull();
        } else {
          expect((s.periodStart as string) < (s.periodEnd as string)).toBe(true);
          expect((s.periodEnd as string) < s.reportDate).toBe(true);
        }
        if (s.opinion !== "unqualified" && s.soc2Type === "type_2") expect(s.exceptions.length).toBeGreaterThan(0);
        expect(s.subserviceMethod === "none_disclosed").toBe(s.subserviceOrganizations.length === 0);
        if (s.subserviceMethod !== "carve-out") expect(s.csocs).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("overriding one field does not change the others", () => {
    const base = randomSoc2Spec(77);
    const changed = randomSoc2Spec(77, {
      tableStyle: base.tableStyle === "ruled" ? "borderless" : "ruled",
      serviceOrganization: "Demo Co.",
    });
    expect(changed.serviceOrganization).toBe("Demo Co.");
    expect(changed.systemName).toBe(base.systemName);
    expect(changed.cuecs).toEqual(base.cuecs);
    expect(changed.exceptions).toEqual(base.exceptions);
  });

  it("gives every exception a distinct control id that the plan prints, at least once per exception", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100000 }), fc.boolean(), (seed, repeat) => {
        const s = randomSoc2Spec(seed, {
          soc2Type: "type_2",
          opinion: "qualified",
          pages: 200,
          repeatControlsPerCriterion: repeat,
        });
        const e = buildSoc2Expected(s, s.pages, "x.pdf");
        const ids = e.control_tests?.exceptions.map((x) => x.control_id) ?? [];
        expect(ids.every((id) => id.length > 0)).toBe(true);
        expect(new Set(ids).size).toBe(ids.length);
        const rows = exceptionRowCount(planControls(s));
        expect(rows).toBeGreaterThanOrEqual(ids.length);
        if (!repeat) expect(rows).toBe(ids.length);
      }),
      { numRuns: 100 },
    );
  });
});
