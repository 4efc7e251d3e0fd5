import { expect, test, type Browser } from "@playwright/test";
import pg from "pg";
import { laneBaseUrl, laneDatabaseUrl, signIn, snap } from "./helpers";
import { ssoSignIn as ssoSignInAt, startTestIdp, type TestIdp } from "./oidc";

// Single sign-on end to end in the browser, against a real OpenID Connect provider (oidc-provider
// from npm, its own login and consent pages) started on loopback by this test: an admin configures
// the organisation's connection, a person of an allowed domain signs in and becomes a member with
// the default role just in time, and an address outside the allowed domains is refused. The audit
// trail is read from the database the app uses.

const DOMAIN = `sso-${Date.now()}.example`;

let idp: TestIdp;
let base = ""; // this lane's app server (playwright.config.ts)

test.beforeAll(async () => {
  base = laneBaseUrl();
  idp = await startTestIdp(base, Number(process.env.E2E_OIDC_PORT ?? 0));
});

test.afterAll(async () => {
  await idp?.close();
});

async function auditActions(email: string): Promise<string[]> {
  const db = new pg.Client({ connectionString: laneDatabaseUrl() });
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

const ssoSignIn = (browser: Browser, typed: string, atProvider: string, options?: { javaScriptEnabled?: boolean }) =>
  ssoSignInAt(browser, base, idp.issuer, typed, atProvider, options);

test("an admin sets up OpenID Connect; an allowed person joins just in time, another domain is refused", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  await signIn(page, "admin");
  await page.goto("/settings/sso");
  await page.getByLabel("Issuer URL").fill(idp.issuer);
  await page.getByLabel("Client id").fill(idp.clientId);
  await page.getByLabel(/^Client secret/).fill(idp.clientSecret);
  // A refused save keeps what was typed (React's form-action reset once wiped it).
  await page.getByLabel(/Allowed e-mail domains/).fill("not a domain");
  await page.getByRole("button", { name: "Save single sign-on" }).click();
  await expect(page.getByText("List the e-mail domains allowed to sign in")).toBeVisible();
  await expect(page.getByLabel("Issuer URL")).toHaveValue(idp.issuer);
  await page.getByLabel(/Allowed e-mail domains/).fill(DOMAIN);
  await page.getByLabel("Role of a person's first sign-in").selectOption("analyst");
  await page.getByRole("button", { name: "Save single sign-on" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();
  await expect(page.getByLabel("Issuer URL")).toHaveValue(idp.issuer);
  await expect(page.getByLabel(/Allowed e-mail domains/)).toHaveValue(DOMAIN);

  const ann = `ann@${DOMAIN}`;
  const first = await ssoSignIn(browser, ann, ann);
  await expect(first.page.getByTestId("whoami")).toContainText("SSO ann");
  await expect(first.page.getByTestId("whoami")).toContainText("Procurement analyst");
  expect(await auditActions(ann)).toEqual(expect.arrayContaining(["user.sso_join", "auth.sso_sign_in"]));
  await first.context.close();

  // On the people page she is offered only what applies to her: no password, so no "Reset sign-in".
  await page.goto("/settings/users");
  const row = page.getByTestId(`member-${ann}`);
  await expect(row).toContainText("Signs in with SSO");
  await expect(row.getByRole("button", { name: /Reset sign-in/ })).toHaveCount(0);
  await expect(row.getByRole("button", { name: /^Disable / })).toBeVisible();
  await expect(page.getByRole("button", { name: /Reset sign-in for / }).first()).toBeVisible(); // others keep it
  await snap(page, "sso-members-desktop");
  await page.setViewportSize({ width: 390, height: 844 });
  await snap(page, "sso-members-390");
  await page.setViewportSize({ width: 1280, height: 720 });

  // The provider answers with an address outside the allowed domains: no session, no membership.
  const eve = `eve-${Date.now()}@evil.example`;
  const refused = await ssoSignIn(browser, `someone@${DOMAIN}`, eve);
  await expect(refused.page).toHaveURL(/\/login\?.*error=AccessDenied/);
  await expect(refused.page.getByTestId("sso-error")).toBeVisible();
  await refused.page.goto("/dashboard");
  await expect(refused.page).toHaveURL(/\/login/);
  expect(await auditActions(eve)).toEqual(["auth.sso_refused"]);

  // An address whose domain no organisation has set up: said on the same page, the address kept.
  const stranger = `nobody@unknown-${Date.now()}.example`;
  await refused.page.goto("/login/sso");
  await refused.page.getByLabel("Work email").fill(stranger);
  await refused.page.getByRole("button", { name: "Continue with single sign-on" }).click();
  await expect(refused.page.getByText("Single sign-on is not set up for that address")).toBeVisible();
  await expect(refused.page.getByLabel("Work email")).toHaveValue(stranger);
  await refused.context.close();

  // A form sent before the page's script has run (a slow phone, a busy machine) is a plain POST: the way to the
  // provider must not be a redirect after it, which the sign-in pages' form-action policy refuses (docs/decisions/053).
  const bo = `bo@${DOMAIN}`;
  const noScript = await ssoSignIn(browser, bo, bo, { javaScriptEnabled: false });
  await expect(noScript.page.getByTestId("whoami")).toContainText("SSO bo");
  await noScript.context.close();
});
