import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { scoreVendor } from "@/lib/scoring";
import { parseScoringInput } from "@/lib/scoring-io/input-schema";

const EXAMPLE = path.resolve(process.cwd(), "docs/examples/scoring-input.json");

function score(...args: string[]) {
  return spawnSync(process.execPath, ["--import", "tsx", "scripts/score.ts", ...args], {
    cwd: process.cwd(),
    encoding: "utf8",
    env: { ...process.env, NODE_NO_WARNINGS: "1" },
  });
}

describe("npm run score", () => {
  it("prints the register for the documented example", () => {
    const result = score(EXAMPLE);
    expect(result.status).toBe(0);
    const expected = scoreVendor(parseScoringInput(JSON.parse(fs.readFileSync(EXAMPLE, "utf8"))));
    expect(JSON.parse(result.stdout)).toEqual(expected);
    expect(expected.gaps.length).toBeGreaterThan(0);
  });

  it("exits 2 with the zod error naming the field", () => {
    const input = JSON.parse(fs.readFileSync(EXAMPLE, "utf8"));
    input.vendor.isoCertificates[0].expiryDate = "31/05/2028";
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "score-")), "bad.json");
    fs.writeFileSync(file, JSON.stringify(input));
    const result = score(file);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("vendor.isoCertificates[0].expiryDate");
  });

  it("exits 2 on a usage error", () => {
    expect(score().status).toBe(2);
  });

  it("prints the JSON Schema", () => {
    const result = score("--print-schema");
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).properties).toHaveProperty("vendor");
  });
});
