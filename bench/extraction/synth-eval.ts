// Usage: npx tsx bench/extraction/synth-eval.ts [count] [soc2 pages, 0 = random] [first seed] [variant filter]
// Scores the extractor against the synthetic generators in scripts/synth (SOC 2, bridge letter, ISO certificate,
// sub-processor list) with the same comparator as the corpus eval, one line per variant: the default draws, then
// the layouts unseen documents use (label above value, two columns, sentence-form certificates, numbered CUEC
// tables, HTML tables in Markdown, image-only scans read by OCR). These figures are reported apart from the corpus.
import { extractDocument } from "../../lib/extraction";
import { scoreDocument } from "@/scripts/eval-compare";
import { generateBridgeLetter, randomBridgeLetterSpec } from "../../scripts/synth/generate-bridge-letter";
import {
  generateIsoCertificate,
  randomIsoCertificateSpec,
  type IsoLayout,
} from "../../scripts/synth/generate-iso-certificate";
import { toImageOnlyPdf } from "../../scripts/synth/image-only";
import { generateSoc2 } from "../../scripts/synth/generate-soc2";
import { generateSubprocessorList, randomSubprocessorListSpec } from "../../scripts/synth/generate-subprocessor-list";
import { randomSoc2Spec } from "../../scripts/synth/soc2-spec";

type Made = { bytes: Uint8Array; filename: string; expected: Record<string, unknown>; kind: string };

function isoMaker(layout: IsoLayout, scanned = false) {
  return async (seed: number): Promise<Made> => {
    const { pdf, expected } = await generateIsoCertificate(randomIsoCertificateSpec(seed, { layout }));
    return {
      bytes: new Uint8Array(scanned ? await toImageOnlyPdf(pdf, { dpi: 150 }) : pdf),
      filename: `iso-${seed}.pdf`,
      expected: expected as unknown as Record<string, unknown>,
      kind: "iso_certificate",
    };
  };
}

function soc2Maker(overrides: Parameters<typeof randomSoc2Spec>[1] = {}) {
  return async (seed: number, pages?: number): Promise<Made> => {
    const { pdf, expected } = await generateSoc2(randomSoc2Spec(seed, { ...overrides, ...(pages ? { pages } : {}) }));
    return {
      bytes: new Uint8Array(pdf),
      filename: `soc2-${seed}.pdf`,
      expected: expected as unknown as Record<string, unknown>,
      kind: "soc2_report",
    };
  };
}

function subprocessorMaker(layout?: "html_table") {
  return async (seed: number): Promise<Made> => {
    const { markdown, expected } = generateSubprocessorList(randomSubprocessorListSpec(seed, layout ? { layout } : {}));
    return {
      bytes: new TextEncoder().encode(markdown),
      filename: `subprocessors-${seed}.md`,
      expected: expected as unknown as Record<string, unknown>,
      kind: "subprocessor_list",
    };
  };
}

const VARIANTS: { name: string; make: (seed: number, pages?: number) => Promise<Made> }[] = [
  { name: "soc2 (default draws)", make: soc2Maker() },
  { name: "soc2, numbered CUEC table", make: soc2Maker({ cuecLayout: "table" }) },
  {
    name: "bridge letter",
    make: async (seed) => {
      const { pdf, expected } = await generateBridgeLetter(randomBridgeLetterSpec(seed));
      return {
        bytes: new Uint8Array(pdf),
        filename: `bridge-${seed}.pdf`,
        expected: expected as unknown as Record<string, unknown>,
        kind: "bridge_letter",
      };
    },
  },
  { name: "iso certificate, label and value on one line", make: isoMaker("table") },
  { name: "iso certificate, label above value", make: isoMaker("label_above") },
  { name: "iso certificate, two columns", make: isoMaker("two_column") },
  { name: "iso certificate, sentence form", make: isoMaker("sentence") },
  { name: "iso certificate, image-only scan (OCR)", make: isoMaker("table", true) },
  { name: "sub-processor list (default draws)", make: subprocessorMaker() },
  { name: "sub-processor list, HTML table in Markdown", make: subprocessorMaker("html_table") },
];

async function main() {
  const count = Number(process.argv[2] ?? 10);
  const pages = process.argv[3] && Number(process.argv[3]) > 0 ? Number(process.argv[3]) : undefined;
  const first = Number(process.argv[4] ?? 1);
  const filter = process.argv[5];
  for (const { name, make } of VARIANTS.filter((v) => !filter || v.name.includes(filter))) {
    const totals: Record<string, number> = {};
    const failures = new Map<string, string[]>();
    let kind = "";
    let kindsRight = 0;
    for (let seed = first; seed < first + count; seed++) {
      const doc = await make(seed, pages);
      kind = doc.kind;
      const result = await extractDocument({ bytes: doc.bytes, filename: doc.filename });
      if (!result.ok) {
        console.log(`${doc.filename}: ERROR ${result.error.code}`);
        continue;
      }
      if (result.doc_kind === doc.kind) kindsRight++;
      for (const s of scoreDocument(result, doc.expected)) {
        if (s.status === "n/a") continue;
        totals[s.status] = (totals[s.status] ?? 0) + 1;
        if (!["correct", "correct_null", "withheld"].includes(s.status)) {
          const list = failures.get(s.field) ?? [];
          list.push(
            `seed ${seed} ${s.status}: got ${JSON.stringify(s.extracted)?.slice(0, 160)} want ${JSON.stringify(s.expected)?.slice(0, 160)}`,
          );
          failures.set(s.field, list);
        }
      }
    }
    for (const [field, list] of failures) {
      console.log(`  ${field} (${list.length})`);
      for (const line of list.slice(0, 3)) console.log(`    ${line}`);
    }
    const good = (totals.correct ?? 0) + (totals.correct_null ?? 0) + (totals.withheld ?? 0);
    const scored = Object.values(totals).reduce((a, b) => a + b, 0);
    console.log(
      `${name} [${kind}]: ${count} documents, doc_kind ${kindsRight}/${count}, fields ${scored}, accuracy ${((100 * good) / Math.max(1, scored)).toFixed(1)} %`,
      JSON.stringify(totals),
    );
  }
  process.exit(0);
}

void main();
