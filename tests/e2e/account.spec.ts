import { expect, test } from "@playwright/test";
import { signIn, snap } from "./helpers";

// A person's own account: after joining through an invitation they change their password; the
// browser they did it in stays signed in, another one of theirs is signed out.
test("an invited person changes their password, which ends their other session", async ({ page, browser }) => {
  test.setTimeout(180_000); // several argon2 sign-ins on a shared, slow machine
  await signIn(page, "admin");
  await page.goto("/settings/users");
  const email = `acct-${Date.now()}@northwind.example`;
  await page.getByLabel("Name").fill("Pat Password");
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Invite" }).click();
  const link = (await page.getByTestId("invitation-link").textContent())!.trim();

  const first = await browser.newPage();
  await first.goto(link);
  await first.getByLabel("Choose a password").fill("pat's first long password");
  await first.getByLabel("Repeat the password").fill("pat's first long password");
  await first.getByRole("button", { name: "Join and sign in" }).click();
  await expect(first.getByTestId("whoami")).toContainText("Pat Password");

  const second = await browser.newPage();
  await second.goto("/login");
  await second.getByLabel("Email").fill(email);
  await second.getByLabel("Password").fill("pat's first long password");
  await second.getByRole("button", { name: "Sign in" }).click();
  await expect(second.getByTestId("whoami")).toContainText("Pat Password");

  await first.getByRole("link", { name: "Pat Password" }).click();
  await expect(first.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
  await expect(first.getByRole("main").getByText("Northwind Health")).toBeVisible();
  await first.getByLabel("Current password").fill("pat's first long password");
  await first.getByLabel(/New password/).fill("pat's second long password");
  await first.getByLabel("Repeat the new password").fill("pat's second long password");
  await first.getByRole("button", { name: "Change password" }).click();
  await expect(first.getByRole("status")).toContainText("Password changed");
  await snap(first, "account-password-changed");

  await second.goto("/vendors");
  await expect(second).toHaveURL(/\/login/);
  await first.goto("/vendors");
  await expect(first.getByTestId("whoami")).toContainText("Pat Password");
});

test("the sign-in page offers a reset; without SMTP it points to the admin", async ({ page }) => {
  await page.goto("/login");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page.getByText("Ask an admin of your organisation")).toBeVisible();
  await snap(page, "forgot-no-smtp");
});
