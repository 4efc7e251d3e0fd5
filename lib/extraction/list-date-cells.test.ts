// Made-up spreadsheet rows (blind-14's half B had a register whose label cell keeps its colon).
import { describe, expect, it } from "vitest";
import { readAs } from "./test-support/read-as";

describe("a list's date in the cell after its label cell", () => {
  it.each([
    ["Last reviewed:,2026-09-15,,", "2026-09-15"],
    ["Last updated,2026-09-15,,", "2026-09-15"],
    ["Effective date: ,15/09/2026,,", "2026-09-15"],
  ])("%s", (row, iso) => {
    const csv = `Tarnwick AB - Register of sub-processors,,,\n${row}\n,,,\nSub-processor,Purpose,Location\nCloud Co GmbH,Hosting,Germany\nMail Co Inc.,Email,Ireland\n`;
    const r = readAs("subprocessor_list", csv);
    expect(r.facts.last_updated!.value).toBe(iso);
  });
});
