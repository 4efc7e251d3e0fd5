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

describe("other openings of a 'uses' sentence naming several subservice organisations", () => {
  const names = (text: string) =>
    (readAs("soc2_report", text).facts["subservice_organizations"]!.value as { name: string }[]).map((s) => s.name);
  it("reads 'uses the services of A for x and B for y'", () => {
    expect(
      names(
        "The carve-out method is used.\nFernway uses the services of Corrigan Hosting Ltd for colocation and Amazon Web Services, Inc. for backups. The description excludes the controls of these subservice organizations.",
      ),
    ).toEqual(["Corrigan Hosting Ltd", "Amazon Web Services, Inc."]);
  });
  it("reads 'uses the following subservice organizations: A for x, B for y and C for z'", () => {
    expect(
      names(
        "Fernway uses the following subservice organizations: Amazon Web Services, Inc. for hosting, Okta, Inc. for identity management and Stripe, Inc. for payment processing. Their controls are excluded (carve-out method).",
      ),
    ).toEqual(["Amazon Web Services, Inc.", "Okta, Inc.", "Stripe, Inc."]);
  });
});
