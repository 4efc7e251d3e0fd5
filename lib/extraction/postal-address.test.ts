import { describe, expect, it } from "vitest";
import { cityOfAddress } from "./postal-address";
import { readAs } from "./test-support/read-as";

describe("the city and country of a one-line street address", () => {
  it.each([
    ["2 Wharfside Quay, Leeds LS1 4BR, United Kingdom", "Leeds, United Kingdom"],
    ["12 rue de la Paix, 75002 Paris, France", "Paris, France"],
    ["Level 9, 88 Flinders Lane, Melbourne VIC 3000, Australia", "Melbourne, Australia"],
    ["1 Raffles Place, #20-01, Singapore 048616", "Singapore"],
    ["40 Harcourt Street, Dublin D02 X285, Ireland", "Dublin, Ireland"],
    ["100 King Street West, Toronto M5X 1A9, Canada", "Toronto, Canada"],
    ["Keizersgracht 62, 1015 CS Amsterdam, Netherlands", null], // a street name before its number: not read
  ])("%s → %s", (line, city) => expect(cityOfAddress(line)).toBe(city));

  it("is no address without a street part or a postcode", () => {
    expect(cityOfAddress("Leeds, United Kingdom")).toBeNull();
    expect(cityOfAddress("Chartered Accountants, Registered Auditors, Leeds")).toBeNull();
  });

  it("gives a report's auditor location from the address under the firm's designation", () => {
    const r = readAs(
      "soc2_report",
      [
        "Independent service auditor's report",
        "Opinion. In our opinion, in all material respects, the description fairly presents the system.",
        "",
        "Calderbrook Weir LLP",
        "Chartered Accountants",
        "7 Mill Street, Bristol BS1 6HU, United Kingdom",
        "19 June 2026",
      ].join("\n"),
    );
    expect(r.facts["auditor.location"]!.value).toBe("Bristol, United Kingdom");
  });
});
