import { describe, expect, it } from "vitest";
import { aCertificate, aVendor, run, summary } from "../testing/builders";
import { checkSurveillanceCurrent } from "./surveillance-current";

describe("checkSurveillanceCurrent (high tier: 456 days)", () => {
  it.each([
    { label: "issued 9 months ago", issueDate: "2025-06-01", last: null, expiry: "2028-05-31", expected: [] },
    {
      label: "issued 2 years ago, no surveillance",
      issueDate: "2024-03-01",
      last: null,
      expiry: "2027-02-28",
      expected: ["medium:Surveillance audit overdue"],
    },
    {
      label: "issued 2 years ago, surveilled last spring",
      issueDate: "2024-03-01",
      last: "2025-04-01",
      expiry: "2027-02-28",
      expected: [],
    },
    {
      label: "expired certificate: low",
      issueDate: "2019-10-12",
      last: null,
      expiry: "2021-10-09",
      expected: ["low:Surveillance audit overdue"],
    },
    {
      label: "no dates",
      issueDate: null,
      last: null,
      expiry: "2028-05-31",
      expected: ["low:Could not verify surveillance audits"],
    },
  ])("$label", ({ issueDate, last, expiry, expected }) => {
    const cert = aCertificate({
      issueDate,
      originalCertificationDate: null,
      lastSurveillanceDate: last,
      expiryDate: expiry,
    });
    expect(summary(run(checkSurveillanceCurrent, { vendor: aVendor({ isoCertificates: [cert] }) }))).toEqual(expected);
  });
});

describe("checkSurveillanceCurrent with printed surveillance dates", () => {
  it.each([
    {
      label: "next printed date still ahead",
      due: ["2026-10-24", "2027-10-24"],
      last: null,
      asOf: "2026-09-01",
      expected: [],
    },
    {
      label: "printed date passed, unconfirmed",
      due: ["2026-10-24", "2027-10-24"],
      last: null,
      asOf: "2027-01-15",
      expected: ["medium:Scheduled surveillance audit not confirmed"],
    },
    {
      label: "printed date passed, audit on file",
      due: ["2026-10-24"],
      last: "2026-09-30",
      asOf: "2027-01-15",
      expected: [],
    },
    {
      label: "within a month after the printed date",
      due: ["2026-10-24"],
      last: null,
      asOf: "2026-11-10",
      expected: [],
    },
  ])("$label", ({ due, last, asOf, expected }) => {
    const cert = aCertificate({
      issueDate: "2025-10-25",
      expiryDate: "2028-10-24",
      surveillanceDue: due,
      lastSurveillanceDate: last,
    });
    expect(summary(run(checkSurveillanceCurrent, { vendor: aVendor({ isoCertificates: [cert] }), asOf }))).toEqual(
      expected,
    );
  });
});
