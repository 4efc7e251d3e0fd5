// Usage: npx tsx scripts/synth/cli.ts --kind soc2 --seed 7 --pages 100 --out /tmp/x   → /tmp/x.pdf + /tmp/x.expected.json
import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { generateSoc2 } from "./generate-soc2";
import { randomSoc2Spec, SOC2_TYPES, type Soc2Type } from "./soc2-spec";

const { values } = parseArgs({
  options: {
    kind: { type: "string", default: "soc2" },
    seed: { type: "string", default: "1" },
    pages: { type: "string" },
    type: { type: "string" },
    out: { type: "string" },
  },
});

async function main(): Promise<void> {
  const seed = Number(values.seed);
  if (!values.out) throw new Error("--out is required");
  const started = performance.now();
  let pdf: Buffer;
  let expected: unknown;
  let markdown: string | null = null;
  switch (values.kind) {
    case "soc2": {
      const type = values.type as Soc2Type | undefined;
      if (type && !SOC2_TYPES.includes(type)) throw new Error(`--type must be one of ${SOC2_TYPES.join(", ")}`);
      const spec = randomSoc2Spec(seed, { ...(values.pages ? { pages: Number(values.pages) } : {}), ...(type ? { soc2Type: type } : {}) });
      ({ pdf, expected } = await generateSoc2(spec));
      break;
    }
    default:
      throw new Error(`unknown --kind ${values.kind}`);
  }
  if (markdown === null) await writeFile(`${values.out}.pdf`, pdf);
  await writeFile(`${values.out}.expected.json`, JSON.stringify(expected, null, 2) + "\n");
  const ms = Math.round(performance.now() - started);
  console.log(`wrote ${values.out}.pdf (${pdf.length} bytes) in ${ms} ms`);
}

await main();
