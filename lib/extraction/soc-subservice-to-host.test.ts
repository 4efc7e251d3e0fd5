// Made-up auditor's paragraph (blind-13's half B had one naming two organisations this way).
import { describe, expect, it } from "vitest";
import { readAs } from "./test-support/read-as";

describe("subservice organisations in one 'uses A to host … and B for …' sentence", () => {
  it("reads both, each with what it does", () => {
    const r = readAs(
      "soc2_report",
      [
        "SOC 2 Type 1 Report",
        "Harlow uses Cloudway LLC (Cloudway Platform) to host the service and Keyward, Inc. for workforce identity.",
        "The description does not disclose the actual controls at the subservice organizations, and our examination did",
        "not extend to controls at Cloudway LLC or Keyward, Inc.",
      ].join("\n"),
    );
    const subs = r.facts.subservice_organizations!.value as { name: string; service: string }[];
    expect(subs.map((s) => [s.name, s.service])).toEqual([
      ["Cloudway LLC (Cloudway Platform)", "host the service"],
      ["Keyward, Inc.", "workforce identity"],
    ]);
  });
});
