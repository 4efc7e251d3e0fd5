// Reviews a vendor's documents from the command line, through the app's own path, and prints the register.
//   npm run review -- --vendor vendor.json --service service.json [--criteria criteria.json] \
//     --as-of YYYY-MM-DD [--format json|csv|md] doc1.pdf doc2.pdf …
// Exit codes: 0 reviewed, 2 invalid input or usage, 3 a document could not be read (the register still prints).
import fs from "node:fs";
import { parseArgs } from "node:util";
import * as z from "zod";
import { isIsoDate } from "@/lib/scoring";
import { FORMATS, formatGaps, type Format } from "./review/format";
import { reviewFiles } from "./review/run";

const USAGE =
  "Usage: npm run review -- --vendor vendor.json --service service.json [--criteria criteria.json] --as-of YYYY-MM-DD [--format json|csv|md] doc1.pdf …";

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

function readJson(file: string, what: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (error) {
    fail(`Cannot read ${what} ${file} as JSON: ${(error as Error).message}`);
  }
}

async function main() {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        vendor: { type: "string" },
        service: { type: "string" },
        criteria: { type: "string" },
        "as-of": { type: "string" },
        format: { type: "string", default: "json" },
      },
    });
  } catch (error) {
    fail((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (!values.vendor || !values.service || !values["as-of"]) fail("--vendor, --service and --as-of are required.");
  if (!isIsoDate(values["as-of"])) fail(`--as-of is not a YYYY-MM-DD date: ${values["as-of"]}`);
  if (!(FORMATS as readonly string[]).includes(values.format!)) fail(`--format must be one of ${FORMATS.join(", ")}.`);
  if (positionals.length === 0) fail("Give at least one document.");
  for (const file of positionals) if (!fs.existsSync(file)) fail(`No such file: ${file}`);

  const vendor = readJson(values.vendor, "vendor") as Record<string, unknown>;
  try {
    const { register, unreadable } = await reviewFiles({
      vendor: {
        vendorId: vendor.vendorId as string,
        vendorName: vendor.vendorName as string,
        tier: vendor.tier as never,
      },
      service: readJson(values.service, "service") as never,
      criteria: values.criteria ? (readJson(values.criteria, "criteria") as never) : undefined,
      asOf: values["as-of"],
      files: positionals,
    });
    process.stdout.write(formatGaps(register.gaps, values.format as Format));
    for (const { file, reason } of unreadable) process.stderr.write(`Could not read ${file}: ${reason}\n`);
    process.exit(unreadable.length > 0 ? 3 : 0);
  } catch (error) {
    if (error instanceof z.ZodError) fail(`Invalid vendor, service or criteria:\n${z.prettifyError(error)}`);
    throw error;
  }
}

void main();
