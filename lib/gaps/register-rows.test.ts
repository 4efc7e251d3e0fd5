import { describe, expect, it } from "vitest";
import { registerRowsHtml, type RegisterRow } from "./register-rows";

const row = (over: Partial<RegisterRow> = {}): RegisterRow => ({
  id: "11111111-1111-4111-8111-111111111111",
  severity: "high",
  title: "Report period ended",
  subject: "soc2-report:dates",
  status: "open",
  dueDate: new Date("2026-11-01T00:00:00Z"),
  ownerId: null,
  acceptedUntil: null,
  vendor: { id: "22222222-2222-4222-8222-222222222222", legalName: "Acme Ltd" },
  ...over,
});
const opts = { today: "2026-12-01", names: new Map([["u1", "Ana <Admin>"]]), selectable: true };

describe("registerRowsHtml", () => {
  it("renders one row per gap with its links, owner, due date and status", () => {
    const out = registerRowsHtml(
      [row(), row({ id: "33333333-3333-4333-8333-333333333333", ownerId: "u1", status: "resolved" })],
      opts,
    ).text;
    expect(out.match(/<tr>/g)).toHaveLength(2);
    expect(out).toContain(
      `<a class="row-link" href="/gaps/11111111-1111-4111-8111-111111111111">Report period ended</a>`,
    );
    expect(out).toContain(`href="/vendors/22222222-2222-4222-8222-222222222222">Acme Ltd</a>`);
    expect(out).toContain(`<span class="text-slate-600">unassigned</span>`);
    expect(out).toContain(`Owner: </span>Ana &lt;Admin&gt;</td>`);
    // Open and past due: overdue; resolved: not.
    expect(out.match(/\(overdue\)/g)).toHaveLength(1);
    expect(out).toContain(`<td>Resolved</td>`);
  });

  it("escapes what users typed (titles, vendor names) in text and attributes", () => {
    const out = registerRowsHtml(
      [row({ title: `<img src=x onerror=alert(1)>`, vendor: { id: "v", legalName: `"><script>x</script>` } })],
      opts,
    ).text;
    expect(out).not.toContain("<img");
    expect(out).not.toContain("<script>");
    expect(out).toContain(
      `aria-label="Select: &lt;img src=x onerror=alert(1)&gt; (&quot;&gt;&lt;script&gt;x&lt;/script&gt;)"`,
    );
  });

  it("offers the bulk checkbox only to those who may edit, and names a former member", () => {
    const out = registerRowsHtml([row({ ownerId: "gone" })], { ...opts, selectable: false }).text;
    expect(out).not.toContain("checkbox");
    expect(out).toContain("former member");
    expect(registerRowsHtml([row()], opts).text).toContain(`form="bulk-triage"`);
  });

  it("says until when a risk is accepted", () => {
    const out = registerRowsHtml(
      [row({ status: "risk_accepted", acceptedUntil: new Date("2027-03-31T00:00:00Z") })],
      opts,
    ).text;
    expect(out).toMatch(/<td>[^<]+ until 2027-03-31<\/td>/);
  });
});
