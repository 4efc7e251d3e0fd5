// Usage: npx tsx scripts/synth/cli.ts --kind soc2|bridge|iso|subprocessors --seed 7 [--pages 100] [--type type_1|type_2]
//        [--version 2013|2022] --out /tmp/x   → /tmp/x.pdf (or .md) + /tmp/x.expected.json
//    or: npx tsx scripts/synth/cli.ts --variation iso-cycle-dates --seed 7 [--pages 40] --out /tmp/x
//        (a named variation of variations.ts, as `npm run eval:synth` makes it)
import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { generateBridgeLetter, randomBridgeLetterSpec } from "./generate-bridge-letter";
import { generateIsoCertificate, randomIsoCertificateSpec } from "./generate-iso-certificate";
import { generateSoc2 } from "./generate-soc2";
import { generateSubprocessorList, randomSubprocessorListSpec } from "./generate-subprocessor-list";
import { randomSoc2Spec, SOC2_TYPES, type Soc2Type } from "./soc2-spec";
import { variation } from "./variations";

const { values } = parseArgs({
  options: {
    kind: { type: "string", default: "soc2" },
    seed: { type: "string", default: "1" },
    pages: { type: "string" },
    type: { type: "string" },
    out: { type: "string" },
    version: { type: "string" },
    variation: { type: "string" },
  },
});

async function main(): Promise<void> {
  const seed = Number(values.seed);
  if (!values.out) throw new Error("--out is required");
  const started = performance.now();
  if (values.variation) {
    const made = await variation(values.variation).make(seed, values.pages ? { soc2Pages: Number(values.pages) } : {});
    const file = `${values.out}${made.filename.slice(made.filename.lastIndexOf("."))}`;
    await writeFile(file, made.bytes);
    await writeFile(`${values.out}.expected.json`, JSON.stringify(made.expected, null, 2) + "\n");
    console.log(`wrote ${file} (${made.bytes.length} bytes) in ${Math.round(performance.now() - started)} ms`);
    return;
  }
  let pdf: Buffer;
  let expected: unknown;
  let markdown: string | null = null;
  switch (values.kind) {
    case "soc2": {
      const type = values.type as Soc2Type | undefined;
      if (type && !SOC2_TYPES.includes(type)) throw new Error(`--type must be one of ${SOC2_TYPES.join(", ")}`);
      const spec = randomSoc2Spec(seed, {
        ...(values.pages ? { pages: Number(values.pages) } : {}),
        ...(type ? { soc2Type: type } : {}),
      });
      ({ pdf, expected } = await generateSoc2(spec));
      break;
    }
    case "bridge": {
      ({ pdf, expected } = await generateBridgeLetter(randomBridgeLetterSpec(seed)));
      break;
    }
    case "iso": {
      const version = values.version === "2013" || values.version === "2022" ? values.version : undefined;
      ({ pdf, expected } = await generateIsoCertificate(randomIsoCertificateSpec(seed, version ? { version } : {})));
      break;
    }
    case "subprocessors": {
      const list = generateSubprocessorList(randomSubprocessorListSpec(seed));
      markdown = list.markdown;
      expected = list.expected;
      pdf = Buffer.alloc(0);
      break;
    }
    default:
      throw new Error(`unknown --kind ${values.kind}`);
  }
  const file = markdown === null ? `${values.out}.pdf` : `${values.out}.md`;
  await writeFile(file, markdown ?? pdf);
  await writeFile(`${values.out}.expected.json`, JSON.stringify(expected, null, 2) + "\n");
  const ms = Math.round(performance.now() - started);
  console.log(`wrote ${file} (${markdown?.length ?? pdf.length} bytes) in ${ms} ms`);
}

await main();
