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

describe("an application that comes with the system", () => {
  const read = (services: string) =>
    readAs(
      "soc2_report",
      AUDITOR(
        "Halvern Freight Software Ltd",
        "We have examined Halvern's description of its Halvern DockPlan system for the period 1 March 2025 to 28 February 2026.",
      ),
      `Section III\nServices. Halvern Freight Software Ltd provides Halvern\nDockPlan, a yard and dock scheduling platform for warehouses, ${services}\n`,
    ).facts["in_scope.services"]!.value;

  it("names 'together with the DockPlan Gate mobile application' as a second service", () => {
    expect(read("together with the DockPlan Gate mobile application.")).toEqual(["Halvern DockPlan", "DockPlan Gate"]);
  });

  it("names none for an application in lower case", () => {
    expect(read("together with the customer's own mobile application.")).toEqual(["Halvern DockPlan"]);
  });
});

describe("a 'Service | What it does' table in the description", () => {
  const read = (rows: string[]) =>
    readAs(
      "soc2_report",
      AUDITOR(
        "Marlowe Retail Analytics Ltd",
        "We have examined Marlowe's description of its Marlowe Lens Platform for the period 1 July 2025 to 30 June 2026.",
      ),
      [
        "Section III Description of the Marlowe Lens Platform",
        "Services in Scope",
        "Service What it does",
        ...rows,
        "",
        "Infrastructure",
        "The platform runs on containers.",
      ].join("\n"),
    ).facts["in_scope.services"]!.value;

  it("takes each row's name, up to the description's first word in sentence case", () => {
    expect(
      read([
        "Lens Boards Browser-based reporting on stock levels",
        "Lens Feeds Scheduled ingestion of till files",
        "Lens API Programmatic access to aggregated figures",
      ]),
    ).toEqual(["Lens Boards", "Lens Feeds", "Lens API"]);
  });

  it("does not read a table whose row does not show where its name ends", () => {
    expect(read(["Lens Boards Browser-based reporting", "Lens Payouts API REST API that records payouts"])).toEqual([
      "Marlowe Lens",
    ]);
  });
});

describe("complementary subservice organisation controls stated in a sentence", () => {
  it("reads 'complementary subservice organization controls expected of them include …' in the description", () => {
    const r = readAs(
      "soc2_report",
      "Subservice organizations\nThe platform runs on Northwind Cloud. Both are subservice organizations whose controls are\ncarved out of this report; complementary\nsubservice organization controls expected of\nthem include physical security of data centers (CC6.4).\n",
    );
    expect(r.facts["csocs.present"]!.value).toBe(true);
  });

  it("reads a SOC 3 auditor's 'the description of the boundaries of the system indicates that … are necessary'", () => {
    const r = readAs(
      "soc3_report",
      AUDITOR(
        "Pellow Relay Corp.",
        "Pellow uses Arbor Compute, Inc. to provide colocation services. The description of the boundaries of the system indicates that complementary subservice organization controls are necessary. Our examination did not include the services provided by the subservice organization (carve-out method).",
      ),
    );
    expect(r.facts["csocs.present"]!.value).toBe(true);
  });
});
