// The command-line review, run through the real extraction on real corpus documents, against
// registers a reviewer wrote by hand (tests/review/golden-registers.ts). Prints precision / recall.
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DEFAULT_LIMITS, stopIdleParser } from "@/lib/extraction";
import { normalizeText } from "@/lib/extraction/normalize";
import { readPdfText } from "@/lib/extraction/pdf-reader";
import { detectTextFormat, textDocumentFrom } from "@/lib/extraction/text-formats";
import type { Gap } from "@/lib/scoring";
import { reviewFiles, type ReviewResult } from "@/scripts/review/run";
import { SITUATIONS } from "../review/golden-registers";
import { measure, totals, type Score } from "../review/measure";

const shared = path.resolve(process.cwd(), "../shared");
const results = new Map<string, ReviewResult>();
const scores: Score[] = [];

async function review(name: string): Promise<ReviewResult> {
  const cached = results.get(name);
  if (cached) return cached;
  const situation = SITUATIONS.find((item) => item.name === name)!;
  const result = await reviewFiles({
    vendor: situation.vendor,
    service: situation.service,
    asOf: situation.asOf,
    files: situation.docs.map((doc) => path.join(shared, doc)),
  });
  results.set(name, result);
  return result;
}

async function pagesOf(file: string): Promise<string[]> {
  const bytes = new Uint8Array(fs.readFileSync(file));
  if (file.endsWith(".pdf")) {
    const read = await readPdfText(bytes, DEFAULT_LIMITS);
    if (!read.ok) throw new Error(read.error.message);
    return read.value.pages.map(normalizeText);
  }
  const head = Buffer.from(bytes.subarray(0, 512)).toString("utf8");
  return textDocumentFrom(bytes, path.basename(file), detectTextFormat(path.basename(file), undefined, head)!).pages;
}

// Extracted text can lose or gain spaces between words: compare without whitespace.
const squash = (text: string) => text.normalize("NFKC").replace(/\s+/g, "").toLowerCase();
// A quote shortened with an ellipsis quotes the text before it.
const unelided = (quote: string) => quote.replace(/(?:…|\.\.\.)$/, "");

afterAll(() => stopIdleParser());

describe.each(SITUATIONS.map((situation) => situation.name))("golden register: %s", (name) => {
  it("finds every expected finding and raises nothing forbidden", async () => {
    const situation = SITUATIONS.find((item) => item.name === name)!;
    const { register, unreadable } = await review(name);
    expect(unreadable).toEqual([]);
    const score = measure(situation, register.gaps);
    scores.push(score);
    expect(score.forbidden).toEqual([]);
    expect(score.missed).toEqual([]);
  }, 120_000);

  it("cites, for every gap with a quote, a page on which that quote appears", async () => {
    const { register, documents } = await review(name);
    const cited = register.gaps.filter((gap): gap is Gap & { citation: NonNullable<Gap["citation"]> } =>
      Boolean(gap.citation?.quote && gap.citation.page),
    );
    for (const gap of cited) {
      const file = documents[gap.citation.documentId];
      expect(file, `${gap.checkId} cites an unknown document`).toBeDefined();
      const pages = await pagesOf(file!);
      const page = pages[gap.citation.page! - 1] ?? "";
      expect(squash(page), `${gap.checkId}: "${gap.citation.quote}" on page ${gap.citation.page}`).toContain(
        squash(unelided(gap.citation.quote!)),
      );
    }
  }, 120_000);
});

describe("golden registers overall", () => {
  it("stays within 1.5 gaps per expected finding, and reports precision and recall", () => {
    expect(scores).toHaveLength(SITUATIONS.length);
    const t = totals(scores);
    console.log(
      `golden registers: precision ${(t.precision * 100).toFixed(0)}% (${t.right}/${t.gaps}), recall ${(t.recall * 100).toFixed(0)}% (${t.found}/${t.expected}), ${t.gapsPerExpected.toFixed(2)} gaps per expected finding, ${t.forbidden} forbidden`,
    );
    expect(t.recall).toBeGreaterThanOrEqual(0.9);
    expect(t.gapsPerExpected).toBeLessThanOrEqual(1.5);
  });
});
