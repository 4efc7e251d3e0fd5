// Bridge-letter rules read from half A of the blind-11 set's failures (issue #12). Every text here is made up; each
// case failed before its rule.
import { describe, expect, it } from "vitest";
import { readAs } from "./test-support/read-as";

const value = (r: ReturnType<typeof readAs>, key: string) =>
  (r.facts as Record<string, { value: unknown }>)[key]?.value;

describe("a bridge letter signed without a closing word", () => {
  const letter = (signature: string[]) =>
    [
      "15.1.2026",
      "SOC 2 bridge letter",
      "Kuusela Data Oy provides the Kuusela Archive to municipalities. Our most recent SOC 2 Type 2 report, covering",
      "the period 1.7.2024 – 30.6.2025, was issued by Virtanen & Berg Oy, with an opinion dated 12.9.2025.",
      "Management confirms that there have been no material changes to the controls described in the report",
      "through 31.12.2025. This letter has not been audited.",
      "",
      ...signature,
      "",
      "Kuusela Data Oy · Y-tunnus 1234567-8 · Tampere, Finland",
    ].join("\n");

  it("takes the name over a title line as the signatory", () => {
    const r = readAs("bridge_letter", letter(["Ilona Mäkelä", "Head of Compliance, Kuusela Data Oy"]));
    expect(value(r, "signatory")).toBe("Ilona Mäkelä");
  });

  it("takes no name without a title line under it", () => {
    const r = readAs("bridge_letter", letter(["Ilona Mäkelä", "Kuusela Data Oy"]));
    expect(value(r, "signatory")).toBeNull();
  });
});
