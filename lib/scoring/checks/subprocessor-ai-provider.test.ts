import { describe, expect, it } from "vitest";
import { aService, aSubprocessorList, aVendor, run, summary } from "../testing/builders";
import type { Subprocessor } from "../types";
import { checkSubprocessorAiProvider } from "./subprocessor-ai-provider";

const entry = (name: string, purpose: string | null, handlesBuyerData: boolean | null = null): Subprocessor => ({
  name,
  purpose,
  locations: null,
  handlesBuyerData,
  source: { page: 1, quote: name },
});

const list = (...entries: Subprocessor[]) => aSubprocessorList([], { entries });

describe("checkSubprocessorAiProvider", () => {
  it.each([
    { label: "a model provider by name", entries: [entry("OpenAI, L.L.C.", "Services")], expected: ["high"] },
    { label: "Anthropic", entries: [entry("Anthropic PBC", null)], expected: ["high"] },
    {
      label: "an inference purpose",
      entries: [entry("Acme Cloud", "AI Inference and AI Services")],
      expected: ["high"],
    },
    { label: "prompt orchestration", entries: [entry("Flowy", "prompt orchestration")], expected: ["high"] },
    { label: "a CDN", entries: [entry("Fastly", "Content delivery service")], expected: [] },
    { label: "said not to receive your data", entries: [entry("OpenAI", "LLM", false)], expected: [] },
    { label: "'Mailing service' is not AI", entries: [entry("Mailgun", "Mailing service")], expected: [] },
  ])("$label", ({ entries, expected }) => {
    const gaps = run(checkSubprocessorAiProvider, { vendor: aVendor({ subprocessorLists: [list(...entries)] }) });
    expect(gaps.map((gap) => gap.severity)).toEqual(expected);
  });

  it("rates above a CDN, raises for sensitive data, and is one finding naming every provider", () => {
    const vendor = aVendor({
      subprocessorLists: [list(entry("OpenAI", "LLM"), entry("Anthropic PBC", "AI Inference"), entry("Fastly", "CDN"))],
    });
    const gaps = run(checkSubprocessorAiProvider, { vendor, service: aService({ dataTypes: ["health"] }) });
    expect(summary(gaps)).toEqual(["critical:AI model providers receive your data: Anthropic PBC and OpenAI"]);
    expect(run(checkSubprocessorAiProvider, { vendor, service: aService({ dataTypes: ["public"] }) })).toEqual([]);
  });
});
