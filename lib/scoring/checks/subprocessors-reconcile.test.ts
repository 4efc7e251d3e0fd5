import { describe, expect, it } from "vitest";
import { aService, aSocReport, aSubprocessorList, aVendor, run } from "../testing/builders";
import { checkSubprocessorsReconcile } from "./subprocessors-reconcile";

const orgs = (...names: string[]) =>
  names.map((name) => ({
    name,
    service: "Cloud hosting",
    method: "carve-out" as const,
    reportOnFile: true,
    source: null,
  }));

describe("checkSubprocessorsReconcile", () => {
  it.each([
    {
      label: "AWS = Amazon Web Services, Inc.",
      report: ["Amazon Web Services (AWS)"],
      list: ["Amazon Web Services, Inc."],
      expected: [],
    },
    { label: "AWS abbreviation only", report: ["AWS"], list: ["Amazon Web Services Inc (AWS)"], expected: [] },
    {
      label: "Microsoft (Azure) = Microsoft Azure",
      report: ["Microsoft Azure"],
      list: ["Microsoft (Azure)"],
      expected: [],
    },
    { label: "GCP = Google Cloud Platform", report: ["Google Cloud Platform"], list: ["GCP"], expected: [] },
    {
      label: "sub-processor missing from report",
      report: ["AWS"],
      list: ["AWS", "Mailgun Technologies, Inc."],
      expected: ["subprocessors-not-in-report"],
    },
    {
      label: "subservice org missing from list",
      report: ["AWS", "Google Cloud Platform"],
      list: ["Amazon Web Services"],
      expected: ["subservice-not-on-list"],
    },
    { label: "d/b/a name", report: ["Sentry"], list: ["Functional Software, Inc. d/b/a Sentry"], expected: [] },
    {
      label: "same name, different legal entities",
      report: ["Acme GmbH"],
      list: ["Acme, Inc."],
      expected: ["subprocessors-not-in-report", "subservice-not-on-list"],
    },
  ])("$label", ({ report, list, expected }) => {
    const vendor = aVendor({
      socReports: [aSocReport({ subserviceOrgs: orgs(...report) })],
      subprocessorLists: [aSubprocessorList(list)],
    });
    expect(run(checkSubprocessorsReconcile, { vendor }).map((gap) => gap.subject)).toEqual(expected);
  });

  it("rates a data-path sub-processor medium and another low", () => {
    const list = aSubprocessorList([]);
    list.entries = [
      { name: "Stripe", purpose: "payment processing", locations: null, handlesBuyerData: null, source: null },
      { name: "Intercom", purpose: "customer chat", locations: null, handlesBuyerData: null, source: null },
      { name: "Segment", purpose: "analytics", locations: null, handlesBuyerData: false, source: null },
    ];
    const vendor = aVendor({ socReports: [aSocReport({ subserviceOrgs: [] })], subprocessorLists: [list] });
    expect(
      run(checkSubprocessorsReconcile, { vendor })
        .map((gap) => `${gap.severity}:${gap.subject}`)
        .sort(),
    ).toEqual(["medium:subprocessors-not-in-report"]);
    const only = aSubprocessorList([]);
    only.entries = [list.entries[1]!];
    const chat = aVendor({ socReports: [aSocReport({ subserviceOrgs: [] })], subprocessorLists: [only] });
    expect(run(checkSubprocessorsReconcile, { vendor: chat }).map((gap) => gap.severity)).toEqual(["low"]);
  });

  it("names every mismatch in one finding per direction", () => {
    const vendor = aVendor({
      socReports: [aSocReport({ subserviceOrgs: orgs("AWS", "Mailgun", "SendGrid") })],
      subprocessorLists: [aSubprocessorList(["AWS", "Microsoft Azure", "Stripe"])],
    });
    const gaps = run(checkSubprocessorsReconcile, { vendor });
    expect(gaps.map((gap) => gap.subject)).toEqual(["subprocessors-not-in-report", "subservice-not-on-list"]);
    expect(gaps[0]!.detail).toMatch(/Microsoft Azure.*Stripe/);
    expect(gaps[1]!.title).toBe("Subservice organisations missing from the sub-processor list: Mailgun and SendGrid");
  });

  it("reconciles only against the same company's report", () => {
    const list = { ...aSubprocessorList(["Stripe"]), organisation: "GitHub, Inc." };
    const vendor = aVendor({
      socReports: [aSocReport({ serviceOrganization: "Microsoft Corporation", subserviceOrgs: orgs("AWS") })],
      subprocessorLists: [list],
    });
    expect(run(checkSubprocessorsReconcile, { vendor })).toEqual([]);
  });

  it("asks for a list when none is on file and the service handles non-public data", () => {
    const carved = aVendor({
      socReports: [
        aSocReport({
          subserviceOrgs: [{ name: "AWS", service: "hosting", method: "carve-out", reportOnFile: null, source: null }],
        }),
      ],
    });
    expect(run(checkSubprocessorsReconcile, { vendor: carved }).map((gap) => gap.subject)).toEqual(["no-list"]);
    expect(run(checkSubprocessorsReconcile, { vendor: carved, service: aService({ dataTypes: ["public"] }) })).toEqual(
      [],
    );
  });

  it("does not ask for a list to reconcile when no report names subservice organisations", () => {
    expect(run(checkSubprocessorsReconcile, { vendor: aVendor({ socReports: [] }) })).toEqual([]);
    expect(
      run(checkSubprocessorsReconcile, { vendor: aVendor({ socReports: [aSocReport({ subserviceOrgs: [] })] }) }),
    ).toEqual([]);
  });
});
