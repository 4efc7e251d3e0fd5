import { expect, test, type Page } from "@playwright/test";
import { signIn, snap } from "./helpers";

// The admin tightens what EU medium-tier vendors must hold; re-scoring the affected vendors shows
// the new gap on the seeded payroll vendor, which has an ISO certificate but no SOC 2 report.

async function resetAndRescore(page: Page) {
  await page.goto("/settings/criteria/EU/medium");
  const reset = page.getByRole("button", { name: "Reset to default" });
  if (await reset.isEnabled()) {
    page.once("dialog", (d) => d.accept());
    await reset.click();
    await expect(page.getByTestId("criteria-status")).toContainText("Shipped default");
  }
  await page.getByRole("button", { name: "Re-score affected vendors" }).click();
  await expect(page.getByText(/Re-scored \d+ vendors?:/)).toBeVisible({ timeout: 60_000 });
}

test("admin tightens the EU criteria and the re-score shows the new gap", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, "admin");
  await resetAndRescore(page); // a known starting point, even on a reused database

  await page.goto("/vendors?q=Papertrail");
  await page.getByRole("link", { name: "Papertrail Payroll GmbH" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Papertrail Payroll GmbH" })).toBeVisible();
  const vendorUrl = page.url();
  const openGapTitles = async () => {
    const rows = page.getByRole("region", { name: /Gaps/ }).locator("tbody tr");
    const out: string[] = [];
    for (const row of await rows.all()) {
      const text = await row.innerText();
      if (/\bopen\b|in progress/i.test(text)) out.push(await row.locator("a").innerText());
    }
    return out;
  };
  const before = await openGapTitles();

  await page.goto("/settings/criteria/EU/medium");
  await page.getByRole("radio", { name: "SOC 2 Type 2 and ISO/IEC 27001" }).check();
  await page.getByRole("button", { name: "Save criteria" }).click();
  await expect(page.getByRole("main").getByRole("status").first()).toContainText(/Saved as version \d+/);
  await page.getByRole("button", { name: "Re-score affected vendors" }).click();
  // New on a fresh database; "reopened" when an earlier run already raised (and resolved) the same gap.
  await expect(
    page.getByText(/Re-scored \d+ vendors?: (?:[1-9]\d* new gaps?|\d+ new gaps?, [1-9]\d* reopened)/),
  ).toBeVisible({ timeout: 60_000 });
  await snap(page, "criteria-rescored");

  await page.goto(vendorUrl);
  // The vendor page streams its gaps after the heading: read them once they are there (the rows were read while the
  // page still showed its loading state in one CI run, and the new gap counted as missing).
  await expect(page.getByRole("heading", { level: 1, name: "Papertrail Payroll GmbH" })).toBeVisible();
  let added: string[] = [];
  await expect
    .poll(async () => (added = (await openGapTitles()).filter((t) => !before.includes(t))).length, { timeout: 30_000 })
    .toBeGreaterThan(0);
  expect(added.join("\n").toLowerCase()).toMatch(/required evidence missing for eu/);
  await snap(page, "vendor-after-tightening");

  await resetAndRescore(page);
});
