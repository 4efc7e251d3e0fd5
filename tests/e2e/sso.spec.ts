import type { Server } from "node:http";
import { expect, test, type Browser } from "@playwright/test";
import Provider from "oidc-provider";
import pg from "pg";
import { signIn } from "./helpers";

// Single sign-on end to end in the browser, against a real OpenID Connect provider (oidc-provider
// from npm, its own login and consent pages) started on loopback by this test: an admin configures
// the organisation's connection, a person of an allowed domain signs in and becomes a member with
// the default role just in time, and an address outside the allowed domains is refused. The audit
// trail is read from the database the app uses.

const BASE = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3200)}`;
const OIDC_PORT = Number(process.env.E2E_OIDC_PORT ?? 3852);
const ISSUER = `http://127.0.0.1:${OIDC_PORT}`;
const CLIENT_ID = "assay-e2e";
const CLIENT_SECRET = `secret-${Date.now()}-e2e-client-secret`;
const DOMAIN = `sso-${Date.now()}.example`;

let server: Server;

test.beforeAll(async () => {
  const provider = new Provider(ISSUER, {
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        redirect_uris: [`${BASE}/api/auth/callback/sso`],
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    // Whatever login the provider's own page is given becomes the account, with that address verified.
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
  server = provider.listen(OIDC_PORT, "127.0.0.1");
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
});

test.afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
});

async function auditActions(email: string): Promise<string[]> {
  const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  try {
    const { rows } = await db.query<{ action: string }>(
      `SELECT action FROM "AuditEvent" WHERE data->>'email' = $1 ORDER BY "createdAt"`,
      [email],
    );
    return rows.map((r) => r.action);
  } finally {
    await db.end();
  }
}

async function ssoSignIn(browser: Browser, typed: string, atProvider: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByRole("link", { name: "Sign in with single sign-on" }).click();
  await page.getByLabel("Work email").fill(typed);
  await page.getByRole("button", { name: "Continue with single sign-on" }).click();
  // The identity provider's own pages.
  await page.waitForURL(new RegExp(`^${ISSUER}/`));
  await page.locator('input[name="login"]').fill(atProvider);
  await page.locator('input[name="password"]').fill("anything");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.waitForURL(new RegExp(`^${BASE}/`));
  return { context, page };
}

test("an admin sets up OpenID Connect; an allowed person joins just in time, another domain is refused", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  await signIn(page, "admin");
  await page.goto("/settings/sso");
  await page.getByLabel("Issuer URL").fill(ISSUER);
  await page.getByLabel("Client id").fill(CLIENT_ID);
  await page.getByLabel(/^Client secret/).fill(CLIENT_SECRET);
  await page.getByLabel(/Allowed e-mail domains/).fill(DOMAIN);
  await page.getByLabel("Role of a person's first sign-in").selectOption("analyst");
  await page.getByRole("button", { name: "Save single sign-on" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();

  const ann = `ann@${DOMAIN}`;
  const first = await ssoSignIn(browser, ann, ann);
  await expect(first.page.getByTestId("whoami")).toContainText("SSO ann");
  await expect(first.page.getByTestId("whoami")).toContainText("Procurement analyst");
  expect(await auditActions(ann)).toEqual(expect.arrayContaining(["user.sso_join", "auth.sso_sign_in"]));
  await first.context.close();

  // The provider answers with an address outside the allowed domains: no session, no membership.
  const eve = `eve-${Date.now()}@evil.example`;
  const refused = await ssoSignIn(browser, `someone@${DOMAIN}`, eve);
  await expect(refused.page).toHaveURL(/\/login\?.*error=AccessDenied/);
  await expect(refused.page.getByTestId("sso-error")).toBeVisible();
  await refused.page.goto("/dashboard");
  await expect(refused.page).toHaveURL(/\/login/);
  expect(await auditActions(eve)).toEqual(["auth.sso_refused"]);
  await refused.context.close();
});
