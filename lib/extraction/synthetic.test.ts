// Synthetic documents from scripts/synth: expected facts come from the generator's spec, so every field is checkable.
import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { scoreDocument } from "@/scripts/eval-compare";
import { citationProblems } from "./citation-check";
import { extractDocument } from "./extract-document";

const synthDir = path.resolve(process.cwd(), "scripts/synth");
const present = existsSync(path.join(synthDir, "generate-soc2.ts"));

type Made = { bytes: Uint8Array; filename: string; expected: Record<string, unknown> };

async function accuracy(make: (seed: number) => Promise<Made>, seeds: number[], kind: string) {
  let good = 0;
  let scored = 0;
  const problems: string[] = [];
  for (const seed of seeds) {
    const doc = await make(seed);
    const r = await extractDocument({ bytes: doc.bytes, filename: doc.filename });
    if (!r.ok) throw new Error(`${doc.filename}: ${r.error.code}`);
    expect(r.doc_kind).toBe(kind);
    for (const s of scoreDocument(r, doc.expected)) {
      if (s.status === "n/a") continue;
      scored++;
      if (["correct", "correct_null", "withheld"].includes(s.status)) good++;
      else problems.push(`seed ${seed} ${s.field} ${s.status}`);
      if (s.status === "fabricated")
        throw new Error(`fabricated ${s.field} for seed ${seed}: ${JSON.stringify(s.extracted)}`);
    }
  }
  return { rate: good / scored, problems };
}

describe.skipIf(!present)("synthetic documents (scripts/synth)", () => {
  it("reads small synthetic SOC 2 reports", async () => {
    const { generateSoc2 } = await import("../../scripts/synth/generate-soc2");
    const { randomSoc2Spec } = await import("../../scripts/synth/soc2-spec");
    const { rate, problems } = await accuracy(
      async (seed) => {
        const { pdf, expected } = await generateSoc2(randomSoc2Spec(seed, { pages: 12 }));
        return {
          bytes: new Uint8Array(pdf),
          filename: `soc2-${seed}.pdf`,
          expected: expected as unknown as Record<string, unknown>,
        };
      },
      [1, 2, 3, 4],
      "soc2_report",
    );
    expect(rate, problems.join("; ")).toBeGreaterThanOrEqual(0.95);
  }, 60_000);

  it("counts distinct exceptions, not repeated rows, in a Type 2 report", async () => {
    const { generateSoc2 } = await import("../../scripts/synth/generate-soc2");
    const { randomSoc2Spec } = await import("../../scripts/synth/soc2-spec");
    const { pdf, expected } = await generateSoc2(
      randomSoc2Spec(6, { pages: 12, soc2Type: "type_2", repeatControlsPerCriterion: true }),
    );
    expect(expected.control_tests?.exceptions_count ?? 0).toBeGreaterThan(0);
    expect(expected.control_tests!.exception_rows_in_text).toBeGreaterThan(expected.control_tests!.exceptions_count);
    const r = await extractDocument({ bytes: new Uint8Array(pdf), filename: "soc2.pdf" });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.facts["control_tests.exceptions_count"]?.value).toBe(expected.control_tests?.exceptions_count);
  }, 30_000);

  it("reports no test results for a Type 1 report", async () => {
    const { generateSoc2 } = await import("../../scripts/synth/generate-soc2");
    const { randomSoc2Spec } = await import("../../scripts/synth/soc2-spec");
    const { pdf } = await generateSoc2(randomSoc2Spec(12, { pages: 10, soc2Type: "type_1" }));
    const r = await extractDocument({ bytes: new Uint8Array(pdf), filename: "soc2.pdf" });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.facts.soc2_type?.value).toBe("type_1");
      expect(r.facts["control_tests.exceptions_count"]?.value).toBeNull();
    }
  }, 30_000);

  it("reads synthetic bridge letters, ISO certificates and sub-processor lists", async () => {
    const { generateBridgeLetter, randomBridgeLetterSpec } = await import("../../scripts/synth/generate-bridge-letter");
    const { generateIsoCertificate, randomIsoCertificateSpec } =
      await import("../../scripts/synth/generate-iso-certificate");
    const { generateSubprocessorList, randomSubprocessorListSpec } =
      await import("../../scripts/synth/generate-subprocessor-list");
    const bridge = await accuracy(
      async (seed) => {
        const { pdf, expected } = await generateBridgeLetter(randomBridgeLetterSpec(seed));
        return {
          bytes: new Uint8Array(pdf),
          filename: `bridge-${seed}.pdf`,
          expected: expected as unknown as Record<string, unknown>,
        };
      },
      [1, 2, 3],
      "bridge_letter",
    );
    const iso = await accuracy(
      async (seed) => {
        const { pdf, expected } = await generateIsoCertificate(randomIsoCertificateSpec(seed));
        return {
          bytes: new Uint8Array(pdf),
          filename: `iso-${seed}.pdf`,
          expected: expected as unknown as Record<string, unknown>,
        };
      },
      [1, 2, 3],
      "iso_certificate",
    );
    const lists = await accuracy(
      async (seed) => {
        const { markdown, expected } = generateSubprocessorList(randomSubprocessorListSpec(seed));
        return {
          bytes: new TextEncoder().encode(markdown),
          filename: `subprocessors-${seed}.md`,
          expected: expected as unknown as Record<string, unknown>,
        };
      },
      [1, 2, 3, 4, 5, 6],
      "subprocessor_list",
    );
    for (const r of [bridge, iso, lists]) expect(r.rate, r.problems.join("; ")).toBeGreaterThanOrEqual(0.95);
  }, 60_000);
  it("reads two-column certificates and dates whose labels share words, every quote on its page", async () => {
    const { variation } = await import("../../scripts/synth/variations");
    for (const id of ["iso-two-column", "iso-date-meanings"]) {
      const v = variation(id);
      const problems: string[] = [];
      for (const seed of [1, 2, 3]) problems.push(...(await problemsOf(await v.make(seed))));
      expect(problems, id).toEqual([]);
    }
  }, 60_000);

  it("reads bridge letters in every style (label rows, gap letter, period ended, bridge first, engaged)", async () => {
    const { variation, VARIATIONS } = await import("../../scripts/synth/variations");
    const { BRIDGE_STYLES } = await import("../../scripts/synth/bridge-letter-styles");
    expect(VARIATIONS.map((v) => v.id)).toContain("bridge-styles");
    const problems: string[] = [];
    // Seeds 1..N draw each style once (style = seed mod the number of styles).
    for (let seed = 1; seed <= BRIDGE_STYLES.length; seed++)
      problems.push(...(await problemsOf(await variation("bridge-styles").make(seed))));
    expect(problems).toEqual([]);
  }, 60_000);
});

/** A generated document's citations not on their page and its fields missed, wrong or fabricated. */
async function problemsOf(made: { bytes: Uint8Array; filename: string; expected: Record<string, unknown> }) {
  const problems: string[] = [];
  let pages: string[] = [];
  const r = await extractDocument(
    { bytes: made.bytes, filename: made.filename },
    { onText: (doc) => (pages = doc.pages) },
  );
  if (!r.ok) throw new Error(`${made.filename}: ${r.error.code}`);
  for (const p of citationProblems(r, pages)) problems.push(`${made.filename} ${p.field}: ${p.problem}`);
  for (const sc of scoreDocument(r, made.expected))
    if (["missed", "wrong", "fabricated"].includes(sc.status))
      problems.push(`${made.filename} ${sc.field} ${sc.status}`);
  return problems;
}
