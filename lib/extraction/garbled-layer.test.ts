// A scan's own garbled OCR layer, replaced by a new reading of the page image: printed dates it reads differently are
// flagged on the value as the image shows it (made-up text).
import { describe, expect, it } from "vitest";
import { garbledLayerFlags } from "./garbled-layer";
import type { Facts } from "./types";

const facts: Facts = {
  expiry_date: { value: "2031-07-04", page: 1, quote: "Certificate Validity Date : 04.07.2031", confidence: 0.7 },
  issue_date: { value: "2028-07-04", page: 1, quote: "Certificate Issue Date : 04.07.2028", confidence: 0.7 },
};

describe("garbled own text layer", () => {
  it("flags a printed date the file's own layer misreads, cited where the page shows it", () => {
    const own = new Map([[1, "Cerlificale Va1idity Dale ~ o4.O7-2O3l Cerlificale lssue Dale 04.07.2028"]]);
    const flags = garbledLayerFlags(facts, own);
    expect(flags).toHaveLength(1);
    expect(flags[0]!.flag).toContain('"04.07.2031" as "o4.O7-2O3l"');
    expect(flags[0]).toMatchObject({ page: 1, quote: "Certificate Validity Date : 04.07.2031" });
  });

  it("says nothing when the own layer reads the date, when there is no own layer, or when no misreading is found", () => {
    expect(garbledLayerFlags(facts, new Map([[1, "Validity 04.07.2031 Issue 04.07.2028"]]))).toEqual([]);
    expect(garbledLayerFlags(facts, new Map())).toEqual([]);
    expect(garbledLayerFlags(facts, new Map([[1, "nothing legible here at all"]]))).toEqual([]);
  });
});
