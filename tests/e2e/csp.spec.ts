import { expect, test, type APIResponse, type Page } from "@playwright/test";
import { signIn } from "./helpers";

// Issue #14: the Content-Security-Policy carries a fresh nonce per request and no 'unsafe-inline' for
// scripts (docs/decisions/026). Next's own scripts run (the pages hydrate, without a single CSP
// refusal), and an inline script injected into a page does not.

function policy(res: APIResponse): Record<string, string[]> {
  const csp = res.headersArray().filter((h) => h.name.toLowerCase() === "content-security-policy");
  expect(csp, `one CSP header on ${res.url()}`).toHaveLength(1);
  return Object.fromEntries(
    csp[0].value.split(";").map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

const nonceOf = (scriptSrc: string[]) => scriptSrc.find((s) => s.startsWith("'nonce-"))?.slice(7, -1);

function watchRefusals(page: Page): string[] {
  const refused: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) refused.push(m.text());
  });
  return refused;
}

test("each page's policy has its own nonce, 'strict-dynamic', and no 'unsafe-inline' for scripts", async ({
  request,
}) => {
  const seen = new Set<string>();
  for (const path of ["/login", "/login", "/forgot", "/login/sso"]) {
    const res = await request.get(path);
    expect(res.status()).toBe(200);
    const scriptSrc = policy(res)["script-src"];
    expect(scriptSrc).toContain("'strict-dynamic'");
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc).not.toContain("'unsafe-eval'");
    const nonce = nonceOf(scriptSrc);
    expect(nonce, "a nonce in script-src").toMatch(/^[A-Za-z0-9+/]{22}==$/);
    seen.add(nonce!);
    // Every script tag in the page carries this response's nonce (Next applies it from the request).
    const tags = (await res.text()).match(/<script\b[^>]*>/g) ?? [];
    expect(tags.length).toBeGreaterThan(0);
    for (const tag of tags) expect(tag).toContain(`nonce="${nonce}"`);
  }
  expect(seen.size, "a different nonce on every response").toBe(4);
});

test("static files get the nonce-less policy; the sign-in redirect keeps a nonce", async ({ request }) => {
  const html = await (await request.get("/login")).text();
  const chunk = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
  expect(chunk).toBeTruthy();
  const scriptSrc = policy(await request.get(chunk!))["script-src"];
  expect(scriptSrc).toEqual(["'self'"]);
  const redirect = await request.get("/vendors", { maxRedirects: 0 });
  expect(redirect.status()).toBe(307);
  expect(nonceOf(policy(redirect)["script-src"])).toBeTruthy();
});

test("signed-in pages hydrate under the policy with no CSP refusal", async ({ page }) => {
  const refused = watchRefusals(page);
  await signIn(page, "admin");
  const paths = ["/dashboard", "/vendors", "/gaps", "/notifications", "/settings", "/settings/users", "/account"];
  for (const path of [...paths, "/vendors/new"]) {
    await page.goto(path);
    await expect(page.getByTestId("whoami")).toBeVisible();
  }
  await page.goto("/vendors/00000000-0000-4000-8000-000000000000");
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  // Hydrated: a nav link moves without a page load (the marker set on this document survives).
  await page.goto("/dashboard");
  await page.evaluate(() => ((window as unknown as { __marker?: number }).__marker = 1));
  await page.getByRole("navigation").getByRole("link", { name: "Vendors", exact: true }).click();
  await expect(page).toHaveURL(/\/vendors$/);
  await expect(page.getByRole("heading", { level: 1, name: "Vendors" })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __marker?: number }).__marker)).toBe(1);
  expect(refused).toEqual([]);
});

test("an inline script or event handler injected into a page's HTML does not run", async ({ page }) => {
  await signIn(page, "analyst");
  // What a stored XSS would be: markup in the server's HTML, parsed by the browser under the page's own
  // policy. (page.addScriptTag is no test of this: Chromium runs what DevTools inserts.)
  await page.route("**/vendors", async (route) => {
    const res = await route.fetch();
    const injected = `<script>window.__injected = 1</script><script nonce="AAAAAAAAAAAAAAAAAAAAAA==">window.__guessed = 1</script><img alt="" src="/x.png" onerror="window.__handler = 1">`;
    await route.fulfill({ response: res, body: (await res.text()).replace("</body>", `${injected}</body>`) });
  });
  const refused = watchRefusals(page);
  await page.goto("/vendors");
  await expect(page.getByTestId("whoami")).toBeVisible();
  // The image's error has fired by the time three refusals were reported.
  await expect.poll(() => refused.length).toBeGreaterThanOrEqual(3);
  const ran = await page.evaluate(() => {
    const w = window as unknown as Record<string, number | undefined>;
    return { script: w.__injected, guessedNonce: w.__guessed, handler: w.__handler };
  });
  expect(ran).toEqual({ script: undefined, guessedNonce: undefined, handler: undefined });
  expect(refused.join("\n")).toMatch(/inline script/);
  expect(refused.join("\n")).toMatch(/inline event handler/);
});
