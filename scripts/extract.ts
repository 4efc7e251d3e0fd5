// Usage: npm run extract -- <file>   Prints the extraction result as JSON.
import { readFileSync } from "node:fs";
import path from "node:path";
import { extractDocument } from "../lib/extraction";

async function main() {
  const file = process.argv[2];
  if (!file) {
    console.error("usage: npm run extract -- <file>");
    process.exit(2);
  }
  const bytes = new Uint8Array(readFileSync(file));
  const result = await extractDocument({ bytes, filename: path.basename(file) });
  console.log(JSON.stringify(result, null, 2));
  process.exit(result.ok ? 0 : 1);
}

void main();
