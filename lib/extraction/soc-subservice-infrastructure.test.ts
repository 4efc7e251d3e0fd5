// Made-up text: subservice organisations named only in an infrastructure paragraph.
import { describe, expect, it } from "vitest";
import { readAs } from "./test-support/read-as";

describe("subservice organisations named in the infrastructure paragraph before 'These subservice organizations'", () => {
  it("reads the host and the provider, and not the organisation itself", () => {
    const r = readAs(
      "soc2_report",
      [
        "To the Management of Quarrel Labs, Inc.:",
        "Infrastructure",
        "Quarrel Labs operates the platform, which is hosted on Amazon Web Services (AWS), and MongoDB, Inc. provides",
        "the managed database. These subservice organizations are excluded from the scope of this report (carve-out method).",
      ].join("\n"),
    );
    const subs = r.facts["subservice_organizations"]!.value as { name: string; method: string }[];
    expect(subs.map((s) => s.name)).toEqual(["Amazon Web Services (AWS)", "MongoDB, Inc."]);
    expect(subs.every((s) => s.method === "carve-out")).toBe(true);
  });
});
