import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { DEFAULT_CRITERIA_SETS } from "@/lib/scoring";
import { parseScoringInput } from "@/lib/scoring-io/input-schema";
import { renderSchemaBlock } from "@/lib/scoring-io/schema-doc";

const example = () =>
  JSON.parse(fs.readFileSync(path.resolve(process.cwd(), "docs/examples/scoring-input.json"), "utf8"));

function issuePaths(data: unknown): string[] {
  try {
    parseScoringInput(data);
    return [];
  } catch (error) {
    if (!(error instanceof z.ZodError)) throw error;
    return error.issues.map((issue) => issue.path.join("."));
  }
}

describe("scoring input schema", () => {
  it("accepts the documented example", () => {
    expect(issuePaths(example())).toEqual([]);
  });

  it("accepts every default criteria set", () => {
    const input = example();
    input.criteria = DEFAULT_CRITERIA_SETS;
    expect(issuePaths(input)).toEqual([]);
  });

  it.each([
    {
      label: "an impossible calendar date",
      mutate: (input: any) => {
        input.asOf = "2026-02-30";
      },
      path: "asOf",
    },
    {
      label: "a date with a time",
      mutate: (input: any) => {
        input.vendor.socReports[0].periodEnd = "2025-12-31T00:00:00Z";
      },
      path: "vendor.socReports.0.periodEnd",
    },
    {
      label: "an unknown opinion",
      mutate: (input: any) => {
        input.vendor.socReports[0].opinion = "clean";
      },
      path: "vendor.socReports.0.opinion",
    },
    {
      label: "a missing vendor id",
      mutate: (input: any) => {
        delete input.vendor.vendorId;
      },
      path: "vendor.vendorId",
    },
    {
      label: "no criteria",
      mutate: (input: any) => {
        input.criteria = [];
      },
      path: "criteria",
    },
    {
      label: "an unknown check id",
      mutate: (input: any) => {
        input.criteria[0].disabledChecks = ["made-up"];
      },
      path: "criteria.0.disabledChecks.0",
    },
    {
      label: "an unknown data type",
      mutate: (input: any) => {
        input.service.dataTypes = ["pii"];
      },
      path: "service.dataTypes.0",
    },
  ])("names the field for $label", ({ mutate, path: field }) => {
    const input = example();
    mutate(input);
    expect(issuePaths(input)).toContain(field);
  });

  it("docs/scoring-input.md carries the current JSON Schema (run `npm run score -- --write-docs`)", () => {
    const doc = fs.readFileSync(path.resolve(process.cwd(), "docs/scoring-input.md"), "utf8");
    expect(doc).toContain(renderSchemaBlock());
  });
});
