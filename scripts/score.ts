// Scores one vendor from a JSON file and prints the gap register as JSON.
//   npm run score -- docs/examples/scoring-input.json
//   npm run score -- --print-schema     # JSON Schema of the input
//   npm run score -- --write-docs       # refresh the schema block in docs/scoring-input.md
// Exit codes: 0 scored, 2 invalid input or usage.
import fs from "node:fs";
import path from "node:path";
import * as z from "zod";
import { scoreVendor } from "@/lib/scoring";
import { parseScoringInput, scoringInputJsonSchema } from "@/lib/scoring-io/input-schema";
import { withSchemaBlock } from "@/lib/scoring-io/schema-doc";

const USAGE = "Usage: npm run score -- <input.json> | --print-schema | --write-docs";
const DOC = path.resolve(import.meta.dirname, "../docs/scoring-input.md");

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

function main(args: string[]) {
  const [arg] = args;
  if (!arg || args.length > 1) fail(USAGE);
  if (arg === "--print-schema") {
    process.stdout.write(`${JSON.stringify(scoringInputJsonSchema(), null, 2)}\n`);
    return;
  }
  if (arg === "--write-docs") {
    fs.writeFileSync(DOC, withSchemaBlock(fs.readFileSync(DOC, "utf8")));
    process.stdout.write(`Updated ${path.relative(process.cwd(), DOC)}\n`);
    return;
  }

  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(arg, "utf8"));
  } catch (error) {
    fail(`Cannot read ${arg} as JSON: ${(error as Error).message}`);
  }
  try {
    const register = scoreVendor(parseScoringInput(data));
    process.stdout.write(`${JSON.stringify(register, null, 2)}\n`);
  } catch (error) {
    if (error instanceof z.ZodError) fail(`Invalid scoring input:\n${z.prettifyError(error)}`);
    throw error;
  }
}

main(process.argv.slice(2));
