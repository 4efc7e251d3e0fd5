// A SOC 3 that names its one subservice organisation only in the auditor's standard sentence. Made-up text.
import { describe, expect, it } from "vitest";
import { readAs } from "./test-support/read-as";

describe("a subservice organisation named in 'X uses A to provide B.'", () => {
  it("reads the organisation and its service when the next sentence calls it the subservice organization", () => {
    const r = readAs(
      "soc3_report",
      [
        "Independent Service Auditor's Report",
        "Corvid uses Amazon Web Services, Inc. (AWS) to provide cloud hosting services. Our examination did not include the services provided by the subservice organization, and we have not evaluated the suitability of the design or operating effectiveness of such complementary subservice organization controls.",
        "The carve-out method was used.",
      ].join("\n"),
    );
    const subs = r.facts["subservice_organizations"]!.value as unknown[];
    expect(subs).toHaveLength(1);
    expect(subs[0]).toMatchObject({
      name: "Amazon Web Services, Inc. (AWS)",
      service: "cloud hosting services",
      method: "carve-out",
    });
  });

  it("does not read a vendor used to provide a service when no subservice organisation is spoken of", () => {
    const r = readAs(
      "soc3_report",
      "Corvid uses Zendesk, Inc. to provide customer support ticketing. Our examination covered the security category.",
    );
    expect(r.facts["subservice_organizations"]!.value ?? []).toEqual([]);
  });
});
