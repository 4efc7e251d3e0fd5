// Made-up text: subservice organisations named in one sentence in forms blind-11/12 printed.
import { describe, expect, it } from "vitest";
import { readAs } from "./test-support/read-as";

const names = (text: string) =>
  (readAs("soc2_report", text).facts["subservice_organizations"]!.value as { name: string }[]).map((s) => s.name);

describe("subservice organisations named in one sentence (fix11)", () => {
  it("splits 'excludes controls of A and B Inc.' and stops at the next sentence", () => {
    expect(
      names(
        "Brovan uses Larchmont Corporation (Larchmont Cloud) to host the Ledger System and Quillon Inc. to send\nemail alerts. The description includes only the controls of Brovan and excludes controls of Larchmont Cloud and\nQuillon Inc. Our examination did not extend to controls of these subservice organizations.",
      ),
    ).toEqual(["Larchmont Corporation (Larchmont Cloud)", "Quillon Inc."]);
  });

  it("reads 'uses A for x and B, Inc. for y (product)' when A has no legal form", () => {
    expect(
      names(
        "Subservice organizations Brovan uses Harlow Cloud Platform for infrastructure hosting and Pennant, Inc. for a managed queue (Pennant Relay). The description excludes the controls of these subservice organizations, which is known as the carve-out method.",
      ),
    ).toEqual(["Harlow Cloud Platform", "Pennant, Inc."]);
  });

  it("reads 'uses A to host x and B Inc. to deliver y'", () => {
    expect(
      names(
        "Brovan uses Larchmont Cloud to host the Ledger in the North region and Quillon Inc. to deliver one-time codes by SMS. The description excludes the controls of these subservice organisations; this report was prepared using the carve-out method.",
      ),
    ).toEqual(["Larchmont Cloud", "Quillon Inc."]);
  });
});
