import { describe, expect, it } from "vitest";
import { aService, aSubprocessorList, aVendor, run, summary } from "../testing/builders";
import type { Subprocessor } from "../types";
import { checkSubprocessorListChanges } from "./subprocessor-list-changes";

const entry = (name: string, locations: string[], handlesBuyerData: boolean | null = null): Subprocessor => ({
  name,
  purpose: "processing",
  locations,
  handlesBuyerData,
  source: { page: 1, quote: name },
});
const previous = aSubprocessorList([], {
  documentId: "list-2025",
  entries: [entry("Amazon Web Services", ["United States"]), entry("Zendesk", ["United States"])],
});
const next = (...entries: Subprocessor[]) => aSubprocessorList([], { documentId: "list-2026", entries, previous });

describe("checkSubprocessorListChanges", () => {
  it("raises new entities that may touch the buyer's data, and moves, not removals", () => {
    const vendor = aVendor({
      tier: "high",
      subprocessorLists: [
        next(
          entry("Amazon Web Services", ["Germany"]),
          entry("OpenAI", ["United States"]),
          entry("Statuspage", ["United States"], false),
        ),
      ],
    });
    const gaps = run(checkSubprocessorListChanges, { vendor, service: aService({ dataTypes: ["personal"] }) });
    expect(summary(gaps)).toEqual([
      "medium:New sub-processors since the previous list: OpenAI",
      "medium:Sub-processors moved since the previous list: Amazon Web Services",
    ]);
    expect(gaps[0]!.citation).toMatchObject({ documentId: "list-2026", page: 1, quote: "OpenAI" });
    expect(gaps[1]!.detail).toMatch(/United States → Germany/);
  });

  it("is higher for sensitive data, silent for public data, without a previous list or without changes", () => {
    const vendor = aVendor({ tier: "high", subprocessorLists: [next(entry("OpenAI", ["United States"]))] });
    expect(
      summary(run(checkSubprocessorListChanges, { vendor, service: aService({ dataTypes: ["health"] }) })),
    ).toEqual(["high:New sub-processors since the previous list: OpenAI"]);
    expect(run(checkSubprocessorListChanges, { vendor, service: aService({ dataTypes: ["public"] }) })).toEqual([]);
    const first = aVendor({ subprocessorLists: [{ ...next(entry("OpenAI", ["US"])), previous: null }] });
    expect(run(checkSubprocessorListChanges, { vendor: first })).toEqual([]);
    const same = aVendor({ subprocessorLists: [next(...previous.entries)] });
    expect(run(checkSubprocessorListChanges, { vendor: same })).toEqual([]);
  });
});
