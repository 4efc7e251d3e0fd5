import { describe, expect, it } from "vitest";
import { aService, aSubprocessorList, aVendor, run, summary } from "../testing/builders";
import type { Region, Subprocessor } from "../types";
import { checkSubprocessorLocations } from "./subprocessor-locations";

const entry = (name: string, locations: string[] | null): Subprocessor => ({
  name,
  purpose: null,
  locations,
  handlesBuyerData: null,
  source: { page: 1, quote: name },
});

describe("checkSubprocessorLocations", () => {
  it.each([
    {
      label: "EU buyer, US processing",
      regions: ["EU"],
      entries: [entry("AWS", ["United States"])],
      expected: ["medium:Sub-processors outside EU: transfer mechanism needed"],
    },
    {
      label: "EU buyer, Irish processing",
      regions: ["EU"],
      entries: [entry("AWS", ["Dublin, Ireland"])],
      expected: [],
    },
    { label: "US buyer, US processing", regions: ["US"], entries: [entry("AWS", ["United States"])], expected: [] },
    {
      label: "no location at all",
      regions: ["EU"],
      entries: [entry("Sentry", null)],
      expected: ["medium:Sub-processor locations not stated"],
    },
    {
      label: "one unknown among known",
      regions: ["EU"],
      entries: [entry("Sentry", null), entry("AWS", ["Germany"])],
      expected: ["low:Sub-processor locations not stated"],
    },
  ] as { label: string; regions: Region[]; entries: Subprocessor[]; expected: string[] }[])(
    "$label",
    ({ regions, entries, expected }) => {
      const vendor = aVendor({ subprocessorLists: [aSubprocessorList([], { entries })] });
      expect(summary(run(checkSubprocessorLocations, { vendor, service: aService({ regions }) }))).toEqual(expected);
    },
  );

  it("asks for a transfer mechanism, not a relocation, naming each entry and place", () => {
    const vendor = aVendor({
      subprocessorLists: [
        aSubprocessorList([], {
          entries: [entry("OpenAI", ["United States"]), entry("Fireworks", ["United States"])],
        }),
      ],
    });
    const [gap] = run(checkSubprocessorLocations, { vendor, service: aService({ regions: ["EU"] }) });
    expect(gap!.detail).toMatch(/Fireworks \(United States\).*OpenAI \(United States\)/);
    expect(gap!.detail).toMatch(/standard contractual clauses/);
  });
});
