import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "../../scripts/demo/accounts";
import { demoUser, signIn, signInFresh, snap } from "./helpers";

test.describe("sign-in", () => {
  for (const role of ["admin", "security", "analyst", "viewer"] as const) {
    test(`${role} signs in and sees the shell`, async ({ page }) => {
      const u = await signInFresh(page, role);
      await expect(page).toHaveURL(/\/dashboard$/);
      await expect(page.getByTestId("whoami")).toContainText("Northwind Health");
      const nav = page.getByRole("navigation", { name: "Main" });
      await expect(nav.getByRole("link", { name: "Dashboard" })).toBeVisible();
      await expect(nav.getByRole("link", { name: "Vendors" })).toBeVisible();
      await expect(nav.getByRole("link", { name: "Gaps" })).toBeVisible();
      // Settings is for admins only, and the page itself refuses everyone else.
      await expect(nav.getByRole("link", { name: "Settings" })).toHaveCount(role === "admin" ? 1 : 0);
      await snap(page, `dashboard-${role}`);
      expect(u.email).toContain("@");
    });
  }

  test("wrong password and unknown email give the same message", async ({ page }) => {
    await page.goto("/login");
    await snap(page, "login");
    await page.getByLabel("Email").fill(demoUser("analyst").email);
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    const alert = page.getByTestId("login-error");
    await expect(alert).toBeVisible();
    await snap(page, "login-error");
    const wrongPassword = await alert.textContent();

    await page.getByLabel("Email").fill("nobody@nowhere.example");
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(alert).toBeVisible();
    expect(await alert.textContent()).toBe(wrongPassword);
    await expect(page).toHaveURL(/\/login/);
  });

  test("signed-out visitors land on /login and return where they were", async ({ page }) => {
    await page.goto("/gaps?severity=high");
    await expect(page).toHaveURL(/\/login\?next=%2Fgaps%3Fseverity%3Dhigh/);
    const u = demoUser("security");
    await page.getByLabel("Email").fill(u.email);
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/gaps\?severity=high$/);
    await expect(page.getByRole("heading", { name: "Gap register" })).toBeVisible();
  });

  test("sign-out ends the session, and the old cookie no longer works", async ({ page, context }) => {
    await signInFresh(page, "analyst");
    const before = await context.cookies();
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/login/);
    // Replaying the pre-logout cookie must not get back in (server-side revocation via the session epoch).
    await context.addCookies(before);
    await page.goto("/vendors");
    await expect(page).toHaveURL(/\/login/);
  });

  test("a non-admin asking for settings gets not-found", async ({ page }) => {
    await signIn(page, "viewer");
    const res = await page.goto("/settings");
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  });

  test("each screen of the shell renders", async ({ page }) => {
    await signIn(page, "admin");
    for (const [path, heading] of [
      ["/vendors", "Vendors"],
      ["/gaps", "Gap register"],
      ["/settings", "Settings"],
    ] as const) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
      await snap(page, `shell${path.replace(/\//g, "-")}`);
    }
  });
});

test("pages carry the security headers and the session cookie is HttpOnly and SameSite", async ({ page, context }) => {
  const res = await page.goto("/login");
  const h = res!.headers();
  expect(h["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["x-frame-options"]).toBe("DENY");
  await signInFresh(page, "viewer");
  const cookie = (await context.cookies()).find((c) => c.name.endsWith("assay.session"));
  expect(cookie?.httpOnly).toBe(true);
  expect(cookie?.sameSite).toBe("Lax");
});
