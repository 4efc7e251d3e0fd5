// Made-up text (soc10 dev set's half A).
import { describe, expect, it } from "vitest";
import { readAs } from "./test-support/read-as";

describe("several subservice organisations in one 'uses' sentence", () => {
  it("reads each organisation with its own service", () => {
    const r = readAs(
      "soc2_report",
      [
        "The description excludes controls of the subservice organizations (carve-out method).",
        "Meadowin uses Amazon Web Services, Inc. to provide cloud hosting services and Datadog, Inc. to provide",
        "monitoring services. Meadowin's description excludes the controls of these subservice organizations.",
      ].join("\n"),
    );
    const subs = r.facts["subservice_organizations"]!.value as { name: string; service: string }[];
    expect(subs.map((s) => [s.name, s.service])).toEqual([
      ["Amazon Web Services, Inc.", "cloud hosting services"],
      ["Datadog, Inc.", "monitoring services"],
    ]);
  });
});
