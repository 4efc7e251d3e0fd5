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
      expected: ["subprocessor:mailguntechnologies"],
    },
    {
      label: "subservice org missing from list",
      report: ["AWS", "Google Cloud Platform"],
      list: ["Amazon Web Services"],
      expected: ["subservice:googlecloudplatform"],
    },
    { label: "d/b/a name", report: ["Sentry"], list: ["Functional Software, Inc. d/b/a Sentry"], expected: [] },
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
    ).toEqual(["low:subprocessor:intercom", "medium:subprocessor:stripe"]);
  });

  it("asks for a list when none is on file and the service handles non-public data", () => {
    expect(run(checkSubprocessorsReconcile, {}).map((gap) => gap.subject)).toEqual(["no-list"]);
    expect(run(checkSubprocessorsReconcile, { service: aService({ dataTypes: ["public"] }) })).toEqual([]);
  });
});
