import { describe, expect, it } from "vitest";
import { vendorGapRowsHtml, type VendorGapRow } from "./gap-rows-html";

const gap = (over: Partial<VendorGapRow> = {}): VendorGapRow => ({
  id: "11111111-1111-4111-8111-111111111111",
  severity: "medium",
  title: "CUEC not mapped",
  subject: "soc2-report:cuecs",
  status: "open",
  dueDate: null,
  ownerId: null,
  acceptedUntil: null,
  serviceId: "s1",
  repeat: false,
  ...over,
});
const opts = {
  serviceName: new Map([["s1", "Payroll <EU>"]]),
  nameOf: (id: string | null) => (id ? "Ana" : null),
};

describe("vendorGapRowsHtml", () => {
  it("shows a subject only under titles several gaps share", () => {
    const one = vendorGapRowsHtml([gap()], opts).text;
    expect(one).not.toContain("truncate");
    const two = vendorGapRowsHtml([gap(), gap({ id: "2" })], opts).text;
    expect(two.match(/truncate/g)).toHaveLength(2);
  });

  it("names the service (escaped), the owner, and marks repeats and accepted risks", () => {
    const out = vendorGapRowsHtml(
      [gap({ ownerId: "u", repeat: true, status: "risk_accepted", acceptedUntil: new Date("2027-02-01T00:00:00Z") })],
      opts,
    ).text;
    expect(out).toContain(`data-label="Service">Payroll &lt;EU&gt;</td>`);
    expect(out).toContain(`data-label="Owner">Ana</td>`);
    expect(out).toContain(` until 2027-02-01<span class="ml-1"><span class="badge badge-info">repeat</span></span>`);
    const unowned = vendorGapRowsHtml([gap({ serviceId: null })], opts).text;
    expect(unowned).toContain(`<span class="whitespace-nowrap text-slate-400">unassigned</span>`);
    expect(unowned).toContain(`data-label="Service">—</td>`);
  });
});
