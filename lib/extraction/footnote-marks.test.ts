import { describe, expect, it } from "vitest";
import { footnoteNumbers, withoutGluedMark } from "./footnote-marks";
import { readAs } from "./test-support/read-as";
import { extractFromText } from "./extract-document";
import { htmlToText } from "./text-formats";

describe("a footnote's number glued to the end of a value", () => {
  const notes = footnoteNumbers("List\n1 Only for customers who enable it.\n2 Transfers rely on the DPF.\n");

  it.each([
    ["Mailjet SAS1", "Mailjet SAS"],
    ["Cloudflare, Inc.2", "Cloudflare, Inc."],
    ["Sentry (Functional Software, Inc.)2", "Sentry (Functional Software, Inc.)"],
    ["Kanoa Subtitling Pte. Ltd.3", "Kanoa Subtitling Pte. Ltd.3"], // no footnote 3 printed
    ["Auth0", "Auth0"],
    ["Route 53", "Route 53"],
  ])("%s → %s", (value, clean) => expect(withoutGluedMark(value, notes)).toBe(clean));

  it("is left alone where the list prints no footnotes", () => {
    const r = readAs(
      "subprocessor_list",
      "# Sub-processors\n\n- Cloud9 Systems Ltd. - Hosting - Germany\n- Zeta1 - Email - France\n",
    );
    const names = (r.facts.subprocessors!.value as { name: string }[]).map((s) => s.name);
    expect(names).toEqual(["Cloud9 Systems Ltd.", "Zeta1"]);
  });

  it("comes off a list's names where the footnotes are printed below", () => {
    const r = readAs(
      "subprocessor_list",
      "# Sub-processors\n\n- Mailjet SAS1 - Email - France\n- Stripe, Inc. - Payments - United States\n\n1 Only for customers who enable email.\n",
    );
    const names = (r.facts.subprocessors!.value as { name: string }[]).map((s) => s.name);
    expect(names).toEqual(["Mailjet SAS", "Stripe, Inc."]);
  });
});

describe("a footnote's mark in HTML superscript", () => {
  it("is no part of the cell it follows", () => {
    const html = `<h1>Sub-processors</h1><table><tr><th>Sub-processor</th><th>Purpose</th><th>Location</th></tr>
<tr><td>Mailjet SAS</td><td>Transactional email<sup>1</sup></td><td>France</td></tr>
<tr><td>Stripe, Inc.<sup><a href="#n2">2</a></sup></td><td>Payment processing</td><td>United States</td></tr></table>
<ol class="footnotes"><li>Only email address.</li><li>Card data goes to Stripe directly.</li></ol>`;
    const r = extractFromText(
      { pages: [htmlToText(html)], filename: "list.html", format: "html" },
      { classification: { kind: "subprocessor_list", confidence: 1, reason: "test" } },
    );
    const rows = r.facts.subprocessors!.value as { name: string; purpose: string }[];
    expect(rows.map((x) => [x.name, x.purpose])).toEqual([
      ["Mailjet SAS", "Transactional email"],
      ["Stripe, Inc.", "Payment processing"],
    ]);
  });
});
