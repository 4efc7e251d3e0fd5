import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, type Browser } from "@playwright/test";
import Provider from "oidc-provider";

// A real OpenID Connect provider (oidc-provider from npm, its own login and consent pages) on
// loopback, shared by the browser tests of single sign-on (sso.spec.ts, adoption-walk.spec.ts).
// Whatever login its page is given becomes the account, with that address verified.

export type TestIdp = { issuer: string; clientId: string; clientSecret: string; close: () => Promise<void> };

/** Starts the provider for one app; port 0 (the default) takes any free port. */
export async function startTestIdp(appBase: string, port = 0): Promise<TestIdp> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientId = "assay-e2e";
  const clientSecret = `secret-${Date.now()}-e2e-client-secret`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [`${appBase}/api/auth/callback/sso`],
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    async findAccount(_ctx: unknown, id: string) {
      return {
        accountId: id,
        async claims() {
          return { sub: id, email: id, email_verified: true, name: `SSO ${id.split("@")[0]}` };
        },
      };
    },
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    cookies: { keys: ["e2e-cookie-key"] },
  });
  server.on("request", provider.callback());
  return {
    issuer,
    clientId,
    clientSecret,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * A person signs in with single sign-on in a new browser context: types `typed` on Assay's page,
 * logs in as `atProvider` on the provider's own pages, and lands back on the app.
 */
export async function ssoSignIn(
  browser: Browser,
  appBase: string,
  issuer: string,
  typed: string,
  atProvider: string,
  { javaScriptEnabled = true } = {},
) {
  const context = await browser.newContext({ baseURL: appBase, javaScriptEnabled });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByRole("link", { name: "Sign in with single sign-on" }).click();
  await page.getByLabel("Work email").fill(typed);
  await page.getByRole("button", { name: "Continue with single sign-on" }).click();
  // The identity provider's own pages, reached through the start route's 303 and the provider's own redirect.
  // Polled rather than awaited as one navigation; if it never comes, the failure says what the page showed.
  await expect(page)
    .toHaveURL(new RegExp(`^${issuer}/`), { timeout: 30_000 })
    .catch(async (err: Error) => {
      const shown = await page
        .locator("main")
        .innerText({ timeout: 2_000 })
        .catch(() => "(no main)");
      throw new Error(`${err.message}\nThe page (${page.url()}) showed: ${shown.replace(/\s+/g, " ").slice(0, 400)}`);
    });
  await page.locator('input[name="login"]').fill(atProvider);
  await page.locator('input[name="password"]').fill("anything");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(new RegExp(`^${appBase}/`), { timeout: 30_000 });
  return { context, page };
}
