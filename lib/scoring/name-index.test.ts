import { describe, expect, it } from "vitest";
import { checkSubprocessorsReconcile } from "./checks/subprocessors-reconcile";
import { NameIndex } from "./name-index";
import { orgNamesMatch } from "./names";
import { aContext, aSocReport, aVendor } from "./testing/builders";

const FORMS = ["Inc.", "Ltd", "GmbH", "LLC", "", "Limited", "Incorporated", "S.A."];

describe("NameIndex", () => {
  it("answers as comparing every pair would (orgNamesMatch), on names sharing keys and differing in legal form", () => {
    const left = Array.from({ length: 60 }, (_, n) => `Provider ${n % 7} ${FORMS[n % FORMS.length]}`.trim());
    const right = Array.from({ length: 60 }, (_, n) => `Provider ${n % 5} ${FORMS[(n * 3) % FORMS.length]}`.trim());
    right.push("AWS", "Amazon Web Services, Inc.", "株式会社テスト", "株式会社テフト");
    left.push("Amazon Web Services GmbH", "株式会社テスト");
    const index = new NameIndex(left);
    for (const name of right) expect(index.has(name), name).toBe(left.some((other) => orgNamesMatch(name, other)));
  });

  // 8,000 x 8,000 names took 57 s when every name was compared with every other: the cost must
  // grow with the two lists' lengths, not their product. Counted in steps, not timed.
  it.each([
    { label: "distinct names", name: (n: number) => `Provider ${n} ${n % 3 ? "Ltd" : "Inc."}` },
    // Every name under one key with a different legal form: the worst case for a key index that
    // kept the names and compared each.
    { label: "one key, clashing legal forms", name: (n: number) => `Acme ${n % 2 ? "GmbH" : "Ltd"}` },
  ])("reconciles 8,000 x 8,000 names in linear steps ($label)", ({ name }) => {
    const N = 8_000;
    const index = new NameIndex(Array.from({ length: N }, (_, n) => name(n)));
    const lookups = Array.from({ length: N }, (_, n) => name(n + N / 2).replace(/GmbH|Ltd/, "LLC"));
    for (const other of lookups) index.has(other);
    // Each name has a handful of keys and forms: a few steps each; pairwise would be 64,000,000.
    expect(index.steps).toBeLessThanOrEqual(4 * (N + N));
  });

  it("the reconciliation check finds the mismatches on large lists", () => {
    const N = 8_000;
    const report = aSocReport({
      subserviceOrgs: Array.from({ length: N }, (_, n) => ({
        name: `Provider ${n} Inc.`,
        service: "hosting",
        method: "carve-out" as const,
        reportOnFile: true,
        source: null,
      })),
    });
    const list = {
      documentId: "list",
      entries: Array.from({ length: N }, (_, n) => ({
        name: `Provider ${n + N / 2} Incorporated`,
        purpose: "hosting",
        locations: null,
        handlesBuyerData: null,
        source: null,
      })),
      sources: {},
    };
    const gaps = checkSubprocessorsReconcile(
      aContext({ vendor: aVendor({ socReports: [report], subprocessorLists: [list] }) }),
    );
    expect(gaps.map((gap) => gap.title)).toEqual([
      "4000 sub-processors are not subservice organisations in the report",
      expect.stringMatching(/^Subservice organisations missing from the sub-processor list: Provider 0 Inc\./),
    ]);
  });
});
