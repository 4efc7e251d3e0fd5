import { describe, expect, it } from "vitest";
import { continuePage } from "./continue-page";

describe("the page that continues to the identity provider", () => {
  const url = "https://login.example.com/auth?client_id=a&state=b&redirect_uri=https%3A%2F%2Fapp%2Fcb";

  it("refreshes to the provider's address and links to it, with & escaped in both", () => {
    const html = continuePage(url);
    const escaped = url.replaceAll("&", "&amp;");
    expect(html).toContain(`<meta http-equiv="refresh" content="0;url=${escaped}">`);
    expect(html).toContain(`<a href="${escaped}">Continue</a>`);
  });

  it("cannot be broken out of: quotes and angle brackets stay inside the attribute", () => {
    const html = continuePage('https://idp.example/"><script>alert(1)</script>');
    expect(html).not.toContain("<script>");
    expect(html).toContain("&quot;&gt;&lt;script&gt;");
  });
});
