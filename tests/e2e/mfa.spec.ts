import { expect, test, type Browser } from "@playwright/test";
import { Secret, TOTP } from "otpauth";
import { signIn, snap } from "./helpers";

// Two-step sign-in in the browser: a person turns it on from their account page with a code their
// "app" (otpauth here) computes from the shown key; the next sign-in asks for a code after the
// password, and the session can reach nothing until the code is given.

const PASSWORD = "mfa person's long password";

/** The code an authenticator app shows `ahead` time steps from now (0: the current code). */
function codeAt(secret: string, ahead: 0 | 1): string {
  return new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: "SHA1" }).generate({
    timestamp: Date.now() + ahead * 30_000,
  });
}

async function invitedPerson(browser: Browser) {
  const admin = await browser.newPage();
  await signIn(admin, "admin");
  await admin.goto("/settings/users");
  const email = `mfa-${Date.now()}@northwind.example`;
  await admin.getByLabel("Name").fill("Mo Factor");
  await admin.getByLabel("Email").fill(email);
  await admin.getByRole("button", { name: "Invite" }).click();
  const link = (await admin.getByTestId("invitation-link").textContent())!.trim();
  await admin.close();
  return { email, link };
}

test("sign-in with a TOTP code after the password; without the code the session reaches nothing", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000); // several argon2 sign-ins on a shared, slow machine
  const { email, link } = await invitedPerson(browser);
  await page.goto(link);
  await page.getByLabel("Choose a password").fill(PASSWORD);
  await page.getByLabel("Repeat the password").fill(PASSWORD);
  await page.getByRole("button", { name: "Join and sign in" }).click();
  await expect(page.getByTestId("whoami")).toContainText("Mo Factor");

  await page.goto("/account");
  await page.getByRole("button", { name: "Set up two-step sign-in" }).click();
  const secret = (await page.getByTestId("totp-secret").textContent())!.trim();
  await expect(page.getByTestId("totp-uri")).toContainText("otpauth://totp/");
  const shown = [codeAt(secret, 0), codeAt(secret, 1)];
  await page.getByLabel("Code from the app").fill(shown.includes("000000") ? "111111" : "000000");
  await page.getByRole("button", { name: "Turn on" }).click();
  await expect(page.getByText("That code does not match")).toBeVisible();
  // Turned on with the code the app shows now: the server records that time step as used.
  await page.getByLabel("Code from the app").fill(codeAt(secret, 0));
  await page.getByRole("button", { name: "Turn on" }).click();
  await expect(page.getByTestId("recovery-codes").locator("li")).toHaveCount(10);
  await snap(page, "mfa-recovery-codes");

  // A new browser: the password alone gives a session that only the code page accepts.
  const context = await browser.newContext();
  const second = await context.newPage();
  await second.goto("/login?next=%2Fgaps");
  await second.getByLabel("Email").fill(email);
  await second.getByLabel("Password").fill(PASSWORD);
  await second.getByRole("button", { name: "Sign in" }).click();
  await expect(second).toHaveURL(/\/login\/mfa/);
  await snap(second, "mfa-code-step");
  await second.goto("/vendors");
  await expect(second).toHaveURL(/\/login\/mfa/);
  expect((await second.request.get("/api/gaps/export?format=csv")).status()).toBe(401);

  await second.goto("/login/mfa?next=%2Fgaps");
  await second.getByLabel("Code").fill("123 456");
  await second.getByRole("button", { name: "Verify" }).click();
  await expect(second.getByText("That code is not right")).toBeVisible();
  // Each time step's code is accepted once (lib/auth/mfa/mutations.ts claimTotpStep: only a step later
  // than the last one used) and turning MFA on used the current step. The next step's code is later
  // than that one and inside the verifier's window of one step either side (clock drift), so it is
  // accepted now, without waiting up to 30 s for the app to move on; the refusal of a code of an
  // already-used step is tests/db/mfa.test.ts's.
  await second.getByLabel("Code").fill(codeAt(secret, 1));
  await second.getByRole("button", { name: "Verify" }).click();
  await expect(second.getByTestId("whoami")).toContainText("Mo Factor");
  await expect(second).toHaveURL(/\/gaps/);
  await context.close();
});
