// Subservice organisations named in brackets after the words that call them so, and bulleted under a heading of that
// name (read from blind-9's failures after its measurement; each case fails without its rule).
import { describe, expect, it } from "vitest";
import { readAs } from "./test-support/read-as";

const AUDITOR = (org: string, body: string) =>
  `Independent Service Auditor's Report\nTo the Management of ${org}:\nScope\n${body}\n`;

describe("subservice organisations in brackets", () => {
  it("reads each name in the bracket after 'the subservice organizations', a name's own bracket kept", () => {
    const r = readAs(
      "soc2_report",
      AUDITOR(
        "Tolland Freight, Inc.",
        "Tolland uses subservice organizations to provide cloud hosting and messaging. Our examination did not include the services provided by the subservice organizations (Google LLC (Google Cloud Platform), Amazon Web\nServices, Inc. and Twilio Inc.), and we have not evaluated such controls.",
      ),
    );
    const subs = r.facts.subservice_organizations!.value as { name: string; method: string }[];
    expect(subs.map((s) => s.name)).toEqual([
      "Google LLC (Google Cloud Platform)",
      "Amazon Web Services, Inc.",
      "Twilio Inc.",
    ]);
    expect(subs.every((s) => s.method === "carve-out")).toBe(true);
  });

  it("passes over a bracket that defines the term or points elsewhere", () => {
    const r = readAs(
      "soc2_report",
      AUDITOR(
        "Tolland Freight, Inc.",
        "Tolland uses other organizations (collectively, the subservice organizations). The subservice organizations (see Section III) were carved out.",
      ),
    );
    expect(r.facts.subservice_organizations!.value ?? []).toEqual([]);
  });
});

describe("subservice organisations bulleted under their heading", () => {
  it("reads 'Name - service' bullets under a 'Subservice Organizations' heading, the next sentence not a bullet's", () => {
    const r = readAs(
      "soc3_report",
      AUDITOR("Brookmere Chat Ltd", "Brookmere uses Google Cloud Platform (Google LLC) to host the system."),
      "System Description\nSubservice Organizations\n• Google LLC (Google Cloud Platform) - infrastructure hosting\n• Cloudflare, Inc. - content delivery and DDoS protection\nThe controls of these subservice organizations are not included in the scope of this report.\n",
    );
    expect(r.facts.subservice_organizations!.value).toMatchObject([
      { name: "Google LLC (Google Cloud Platform)", service: "infrastructure hosting", method: "carve-out" },
      { name: "Cloudflare, Inc.", service: "content delivery and DDoS protection", method: "carve-out" },
    ]);
  });
});
