// Usage: npx tsx bench/extraction/synth-eval.ts [count] [pages]
// Scores the extractor against synthetic SOC 2 reports (scripts/synth) with the same comparator as the corpus eval.
import { extractDocument } from "../../lib/extraction";
import { scoreDocument } from "../../lib/extraction/eval-compare";
import { generateSoc2 } from "../../scripts/synth/generate-soc2";
import { randomSoc2Spec } from "../../scripts/synth/soc2-spec";

async function main() {
  const count = Number(process.argv[2] ?? 10);
  const pages = process.argv[3] ? Number(process.argv[3]) : undefined;
  const totals: Record<string, number> = {};
  const failures = new Map<string, string[]>();
  for (let seed = 1; seed <= count; seed++) {
    const spec = randomSoc2Spec(seed, pages ? { pages } : {});
    const { pdf, expected } = await generateSoc2(spec);
    const result = await extractDocument({ bytes: new Uint8Array(pdf), filename: `synthetic-${seed}.pdf` });
    if (!result.ok) {
      console.log(`seed ${seed}: ERROR ${result.error.code}`);
      continue;
    }
    if (result.doc_kind !== "soc2_report") console.log(`seed ${seed}: doc_kind ${result.doc_kind}`);
    for (const s of scoreDocument(result, expected as unknown as Record<string, unknown>)) {
      if (s.status === "n/a") continue;
      totals[s.status] = (totals[s.status] ?? 0) + 1;
      if (!["correct", "correct_null", "withheld"].includes(s.status)) {
        const list = failures.get(s.field) ?? [];
        list.push(`seed ${seed} ${s.status}: got ${JSON.stringify(s.extracted)?.slice(0, 160)} want ${JSON.stringify(s.expected)?.slice(0, 160)}`);
        failures.set(s.field, list);
      }
    }
  }
  for (const [field, list] of failures) {
    console.log(`\n${field} (${list.length})`);
    for (const line of list.slice(0, 4)) console.log(`  ${line}`);
  }
  const good = (totals.correct ?? 0) + (totals.correct_null ?? 0) + (totals.withheld ?? 0);
  const scored = Object.values(totals).reduce((a, b) => a + b, 0);
  console.log(`\nsynthetic SOC 2: ${count} reports, fields ${scored}, accuracy ${((100 * good) / scored).toFixed(1)} %`, totals);
  process.exit(0);
}

void main();
