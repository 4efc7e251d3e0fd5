import { describe, expect, it } from "vitest";
import { aCertificate, aService, aSocReport, aVendor, run, summary } from "../testing/builders";
import { checkServiceInScope } from "./service-in-scope";

describe("checkServiceInScope", () => {
  it.each([
    {
      label: "named in services",
      services: ["Acme Payroll"],
      systemName: null,
      systems: ["Acme Payroll"],
      expected: [],
    },
    {
      label: "named in the system name",
      services: null,
      systemName: "Acme Payroll and Acme HR systems",
      systems: ["Acme HR"],
      expected: [],
    },
    {
      label: "registered mark and lost space",
      services: ["AcmePayroll® (SaaS payroll)"],
      systemName: null,
      systems: ["Acme Payroll"],
      expected: [],
    },
    {
      label: "other service only",
      services: ["Acme HR"],
      systemName: null,
      systems: ["Acme Payroll"],
      expected: ["high:Acme Payroll is not in the scope of the SOC 2 Type 2 report for 2025-01-01 to 2025-12-31"],
    },
    {
      label: "scope unknown",
      services: null,
      systemName: null,
      systems: ["Acme Payroll"],
      expected: ["low:Could not verify the scope"],
    },
    {
      label: "short name needs a word match",
      services: ["Mail relay"],
      systemName: null,
      systems: ["AI"],
      expected: ["high:AI is not in the scope of the SOC 2 Type 2 report for 2025-01-01 to 2025-12-31"],
    },
  ])("$label", ({ services, systemName, systems, expected }) => {
    const vendor = aVendor({ socReports: [aSocReport({ inScopeServices: services, systemName })] });
    expect(summary(run(checkServiceInScope, { vendor, service: aService({ systems }) }))).toEqual(expected);
  });

  it("checks the certificate's scope statement too", () => {
    const vendor = aVendor({
      socReports: [],
      isoCertificates: [aCertificate({ scopeStatement: "Design and support of marketing services" })],
    });
    expect(run(checkServiceInScope, { vendor }).map((gap) => gap.subject)).toEqual(["iso-27001:acme payroll"]);
  });

  it("falls back to the service name when no systems are listed", () => {
    const vendor = aVendor({ socReports: [aSocReport({ inScopeServices: ["Acme HR"] })] });
    expect(
      run(checkServiceInScope, { vendor, service: aService({ name: "Acme Ledger", systems: [] }) })[0]!.title,
    ).toContain("Acme Ledger");
  });
});

describe("a certificate printed with the system as the holder's brand", () => {
  it("covers the system through the holder's certified activities", () => {
    const gaps = run(checkServiceInScope, {
      vendor: aVendor({
        socReports: [],
        isoCertificates: [
          aCertificate({
            holder: "Walkover Web Solutions Pvt. Ltd.",
            sites: ["(MSG91) 405-406, Old Palasia, Indore, India"],
            scopeStatement: "Cloud Communication Platform and Software as a Service",
          }),
        ],
      }),
      service: aService({ systems: ["MSG91"] }),
    });
    expect(gaps).toEqual([]);
  });
});
