import { describe, expect, it } from "vitest";
import { aCertificate, aSocReport, aVendor, run, summary } from "../testing/builders";
import type { EvidenceFlag } from "../types";
import { checkRelianceGate } from "./reliance-gate";

const flag = (documentId: string, text: string, kind: EvidenceFlag["kind"] = "authenticity"): EvidenceFlag => ({
  documentId,
  kind,
  text,
  source: null,
});

describe("checkRelianceGate", () => {
  it.each([
    {
      label: "issuer not identifiable",
      text: "The auditor's report carries no firm name or signature in the text layer",
      gated: true,
    },
    {
      label: "re-used text",
      text: "System description is another company's report wording, names substituted",
      gated: true,
    },
    {
      label: "two certification bodies",
      text: "Certificate number 123 also appears in x under a different certification body (SES)",
      gated: true,
    },
    {
      label: "scope names another company",
      text: "Scope statement names a different company (Slack) than the holder",
      gated: true,
    },
    {
      label: "unusually fast report",
      text: "Type 2 report dated 20 days after period end with zero exceptions (unusually fast)",
      gated: false,
    },
    { label: "active content", text: "The PDF contains JavaScript", gated: false },
  ])("$label -> gated: $gated", ({ text, gated }) => {
    const vendor = aVendor({ socReports: [aSocReport()], flags: [flag("soc2-2025", text)] });
    expect(summary(run(checkRelianceGate, { vendor }))).toEqual(
      gated ? ["critical:Do not rely on this document until it is verified"] : [],
    );
  });

  it("ignores consistency flags", () => {
    const vendor = aVendor({ flags: [flag("soc2-2025", "Text re-used from another company", "consistency")] });
    expect(run(checkRelianceGate, { vendor })).toEqual([]);
  });

  it("raises one gap per document, saying what to verify for its kind, and blocks the document", () => {
    const vendor = aVendor({
      socReports: [aSocReport()],
      isoCertificates: [aCertificate()],
      flags: [
        flag("soc2-2025", "The auditor's report carries no firm name or signature"),
        flag("soc2-2025", "Text re-used from another company's report"),
        flag("iso-27001", "Different certification bodies named in one certificate: a; b"),
      ],
    });
    const gaps = run(checkRelianceGate, { vendor });
    expect(gaps.map((gap) => gap.blocksDocument)).toEqual(["soc2-2025", "iso-27001"]);
    expect(gaps[0]!.detail).toMatch(/CPA licence.*peer review/);
    expect(gaps[1]!.detail).toMatch(/certification body's public register.*IAF CertSearch/);
  });
});
