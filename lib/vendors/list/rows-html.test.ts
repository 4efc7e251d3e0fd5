import { describe, expect, it } from "vitest";
import type { VendorListRow } from "./loaders";
import { vendorRowsHtml } from "./rows-html";

const row = (over: Partial<VendorListRow> = {}): VendorListRow => ({
  id: "11111111-1111-4111-8111-111111111111",
  legalName: "Acme Ltd",
  tier: "high",
  status: "in_review",
  nextReviewDate: new Date("2027-01-15T00:00:00Z"),
  critical: 1,
  high: 0,
  medium: 2,
  low: 0,
  evidenceExpires: new Date("2026-12-20T00:00:00Z"),
  evidenceCount: 1,
  ...over,
});

describe("vendorRowsHtml", () => {
  it("renders the name link, status, evidence state, gap counts and next review", () => {
    const out = vendorRowsHtml([row()], "2026-12-01").text;
    expect(out).toContain(`<a class="row-link" href="/vendors/11111111-1111-4111-8111-111111111111">Acme Ltd</a>`);
    expect(out).toContain(`<td data-label="Status">in review</td>`);
    expect(out).toContain(`aria-label="1 critical, 0 high, 2 medium, 0 low"`);
    expect(out).toContain(
      `<span class="badge badge-critical">1 crit</span><span class="badge badge-medium">2 med</span>`,
    );
    expect(out).toContain(`>2027-01-15</td>`);
    expect(out).toContain(`2026-12-20</span>`);
  });

  it("shows a dash for no open gaps and no review date, and no date without evidence", () => {
    const out = vendorRowsHtml(
      [row({ critical: 0, medium: 0, nextReviewDate: null, evidenceCount: 0, evidenceExpires: null })],
      "2026-12-01",
    ).text;
    expect(out).toContain(`<span class="text-slate-400">—</span>`);
    expect(out).toContain(`No evidence</span></td>`);
    expect(out).toContain(`data-label="Next review">—</td>`);
  });

  it("escapes the vendor's name", () => {
    const out = vendorRowsHtml([row({ legalName: `<b onclick="x">Evil & Co</b>` })], "2026-12-01").text;
    expect(out).toContain(`&lt;b onclick=&quot;x&quot;&gt;Evil &amp; Co&lt;/b&gt;</a>`);
    expect(out).not.toContain("<b ");
  });
});
