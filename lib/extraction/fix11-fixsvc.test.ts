// Rules read from the blind-11/12 SOC failures on services in scope (helper fixsvc); every text here is made up and
// each case failed before its rule.
import { describe, expect, it } from "vitest";
import { readAs } from "./test-support/read-as";

const AUDITOR = (org: string, scope: string) =>
  `Independent Service Auditor's Report\nTo the Management of ${org}:\nScope\n${scope}\n`;

describe("a SOC 3's product named as the subject of its boundaries section", () => {
  it("takes 'Pontrell Edge Relay is a … relay service' as the service of the 'Pontrell Edge Relay System'", () => {
    const r = readAs(
      "soc3_report",
      AUDITOR(
        "Pontrell Data Corp.",
        "We have examined the assertion that the controls within the Pontrell Edge Relay System (the system) were effective throughout the period.",
      ),
      "Attachment A - Description of the Boundaries of the System\nPontrell Edge Relay is a low-latency relay service for logistics firms. The service runs in two data centres.\n",
    );
    expect(r.facts["in_scope.services"]!.value).toEqual(["Pontrell Edge Relay"]);
    expect(r.facts["in_scope.services"]!.page).toBe(2);
  });

  it("reads the sentence after another on the same line, and not the organisation's short name", () => {
    const r = readAs(
      "soc3_report",
      AUDITOR(
        "Quillmere Software GmbH",
        "We are responsible for the controls within the Quillmere Signal Hub system (system) throughout the period.",
      ),
      'Section 1\nQuillmere Software GmbH ("Quillmere") is a company registered in Bremen, Germany. Quillmere Signal Hub is a hosted alerting service that collects events.\n',
    );
    expect(r.facts["in_scope.services"]!.value).toEqual(["Quillmere Signal Hub"]);
  });
});
