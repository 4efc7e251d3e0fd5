import { expect, test } from "@playwright/test";
import { signIn, snap } from "./helpers";

// The e2e database is reused between runs, so nothing here assumes a version number or a fresh
// member list; the criteria test puts the set back to the default at the end.

test.describe("admin settings", () => {
  test("admin tightens the EU high-tier criteria, sees them saved, then resets them", async ({ page }) => {
    await signIn(page, "admin");
    await page.goto("/settings");
    await snap(page, "settings-overview");
    await page.getByRole("link", { name: /Criteria sets/ }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Criteria sets" })).toBeVisible();
    await snap(page, "settings-criteria-list");

    await page.getByRole("link", { name: "Edit EU High criteria" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "European Union · High" })).toBeVisible();
    await snap(page, "settings-criteria-edit");

    // A refused value keeps the form and says why, next to the field.
    const maxAge = page.getByLabel("Maximum report age");
    await maxAge.fill("-5");
    await page.getByRole("button", { name: "Save criteria" }).click();
    await expect(page.getByText("Maximum report age: must be at least 1 day")).toBeVisible();
    await expect(maxAge).toHaveAttribute("aria-invalid", "true");
    await snap(page, "settings-criteria-invalid");

    await maxAge.fill("270");
    await page
      .getByRole("switch", { name: "Complementary user entity controls have an owner" })
      .uncheck({ force: true });
    await page.getByRole("button", { name: "Save criteria" }).click();
    await expect(page.getByRole("main").getByRole("status")).toContainText(/Saved as version \d+/);
    await snap(page, "settings-criteria-saved");

    await page.reload();
    await expect(page.getByLabel("Maximum report age")).toHaveValue("270");
    await expect(
      page.getByRole("switch", { name: "Complementary user entity controls have an owner" }),
    ).not.toBeChecked();
    await expect(page.getByTestId("criteria-status")).toContainText(/Custom · v\d+/);
    await expect(page.getByTestId("criteria-status")).toContainText("Ada Admin");

    await page.goto("/settings/criteria");
    await expect(page.getByTestId("criteria-row-EU-high")).toContainText("270 days");
    await expect(page.getByTestId("criteria-row-EU-high")).toContainText(/Custom · v\d+/);

    await page.goto("/settings/criteria/eu/high");
    page.once("dialog", (dialog) => dialog.accept());
    await page.getByRole("button", { name: "Reset to default" }).click();
    await expect(page.getByTestId("criteria-status")).toContainText("Shipped default");
    await expect(page.getByLabel("Maximum report age")).toHaveValue("365");
  });

  test("a stale form is refused instead of overwriting someone else's change", async ({ browser }) => {
    const first = await browser.newPage();
    const second = await browser.newPage();
    await signIn(first, "admin");
    await signIn(second, "admin");
    await first.goto("/settings/criteria/uk/low");
    await second.goto("/settings/criteria/uk/low");

    await first.getByLabel("Maximum report age").fill("500");
    await first.getByRole("button", { name: "Save criteria" }).click();
    await expect(first.getByRole("main").getByRole("status")).toContainText(/Saved as version/);

    await second.getByLabel("Maximum report age").fill("400");
    await second.getByRole("button", { name: "Save criteria" }).click();
    await expect(second.getByRole("main").getByRole("alert")).toContainText("Someone else changed this set; reload");
    await snap(second, "settings-criteria-conflict");

    await first.reload();
    await expect(first.getByLabel("Maximum report age")).toHaveValue("500");
    first.once("dialog", (dialog) => dialog.accept());
    await first.getByRole("button", { name: "Reset to default" }).click();
    await expect(first.getByTestId("criteria-status")).toContainText("Shipped default");
  });

  test("admin invites a person, changes their role, and disabling ends their session", async ({ page, browser }) => {
    await signIn(page, "admin");
    await page.goto("/settings");
    await page.getByRole("link", { name: /Users/ }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
    await snap(page, "settings-users");

    const email = `e2e-${Date.now()}@northwind.example`;
    const name = `Erin ${Date.now().toString(36)}`;
    await page.getByLabel("Name").fill(name);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Role", { exact: true }).selectOption("viewer");
    await page.getByRole("button", { name: "Invite" }).click();
    // No SMTP in the e2e run: the admin is shown the single-use link once; no password exists yet.
    const link = (await page.getByTestId("invitation-link").textContent())!.trim();
    expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
    await snap(page, "settings-users-invited");
    await page.reload();
    await expect(page.getByTestId(`invitation-${email}`)).toContainText(name);

    // The invitee opens the link and chooses their own password.
    const password = "erin's own long password";
    const theirs = await browser.newPage();
    await theirs.goto(link);
    await expect(theirs.getByRole("heading", { name: "Join Northwind Health on Assay" })).toBeVisible();
    await snap(theirs, "invite-accept");
    await theirs.getByLabel("Choose a password").fill("short");
    await theirs.getByLabel("Repeat the password").fill("short");
    await theirs.getByRole("button", { name: "Join and sign in" }).click();
    await expect(theirs.getByRole("alert").filter({ hasText: "at least 12 characters" })).toBeVisible();
    await theirs.getByLabel("Choose a password").fill(password);
    await theirs.getByLabel("Repeat the password").fill(password);
    await theirs.getByRole("button", { name: "Join and sign in" }).click();
    await expect(theirs.getByTestId("whoami")).toContainText(name);
    await snap(theirs, "invite-accepted-dashboard");

    // The link works once.
    const again = await browser.newPage();
    await again.goto(link);
    await expect(again.getByRole("heading", { name: "This link has expired" })).toBeVisible();
    await snap(again, "invite-used");
    await again.close();

    await page.reload();
    const row = page.getByTestId(`member-${email}`);
    await expect(row).toContainText(name);
    await expect(row.getByRole("combobox", { name: `Role for ${name}` })).toHaveValue("viewer");

    await row.getByRole("combobox", { name: `Role for ${name}` }).selectOption("security");
    await row.getByRole("button", { name: `Change role for ${name}` }).click();
    await expect(row.getByRole("status")).toContainText("Role changed to Security reviewer");
    await snap(page, "settings-users-role-changed");

    // The role change ended their session.
    await theirs.goto("/vendors");
    await expect(theirs).toHaveURL(/\/login/);
    await theirs.getByLabel("Email").fill(email);
    await theirs.getByLabel("Password").fill(password);
    await theirs.getByRole("button", { name: "Sign in" }).click();
    await expect(theirs.getByTestId("whoami")).toContainText("Security reviewer");

    page.once("dialog", (dialog) => dialog.accept());
    await row.getByRole("button", { name: `Disable ${name}` }).click();
    await expect(row.getByText("Disabled", { exact: true })).toBeVisible();
    await snap(page, "settings-users-disabled");
    await theirs.goto("/vendors");
    await expect(theirs).toHaveURL(/\/login/);
  });

  test("the last admin cannot demote themselves", async ({ page }) => {
    await signIn(page, "admin");
    await page.goto("/settings/users");
    const row = page.getByTestId("member-admin@northwind.example");
    await row.getByRole("combobox", { name: "Role for Ada Admin" }).selectOption("analyst");
    await row.getByRole("button", { name: "Change role for Ada Admin" }).click();
    await expect(row.getByRole("alert")).toContainText("last active admin");
    await expect(row.getByRole("combobox", { name: "Role for Ada Admin" })).toHaveValue("admin");
    await snap(page, "settings-users-last-admin");
  });

  for (const path of ["/settings/criteria", "/settings/criteria/eu/high", "/settings/users"]) {
    test(`a non-admin gets not-found at ${path}`, async ({ page }) => {
      await signIn(page, "security");
      const res = await page.goto(path);
      expect(res?.status()).toBe(404);
      await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
    });
  }

  test("an unknown region or tier is not found", async ({ page }) => {
    await signIn(page, "admin");
    expect((await page.goto("/settings/criteria/mars/high"))?.status()).toBe(404);
    expect((await page.goto("/settings/criteria/eu/gold"))?.status()).toBe(404);
  });
});
