import { expect, test } from "@playwright/test";
import { signIn, snap } from "./helpers";

// The admin tightens what EU medium-tier vendors must hold; re-scoring the affected vendors shows
// the new gap on the seeded payroll vendor, which has an ISO certificate but no SOC 2 report.
test("admin tightens the EU criteria and the re-score shows the new gap", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, "admin");
  await page.goto("/vendors?q=Papertrail");
  await page.getByRole("link", { name: "Papertrail Payroll GmbH" }).click();
  const vendorUrl = page.url();
  const gapTitles = async () => (await page.getByRole("region", { name: /Gaps/ }).locator("tbody a").allTextContents()).join("\n");
  const before = await gapTitles();

  await page.goto("/settings/criteria/EU/medium");
  await page.getByRole("radio", { name: "SOC 2 Type 2 and ISO/IEC 27001" }).check();
  await page.getByRole("button", { name: "Save criteria" }).click();
  await expect(page.getByRole("main").getByRole("status").first()).toContainText(/Saved as version \d+/);
  await page.getByRole("button", { name: "Re-score affected vendors" }).click();
  await expect(page.getByText(/Re-scored \d+ vendors?: [1-9]\d* new gaps?/)).toBeVisible({ timeout: 60_000 });
  await snap(page, "criteria-rescored");

  await page.goto(vendorUrl);
  const after = await gapTitles();
  expect(after).not.toEqual(before);
  expect(after.toLowerCase()).toMatch(/soc 2/);
  await snap(page, "vendor-after-tightening");

  // Put the set back so the journey can run again on the same database.
  await page.goto("/settings/criteria/EU/medium");
  page.once("dialog", (d) => d.accept());
  const reset = page.getByRole("button", { name: /Reset to default/ });
  if (await reset.isEnabled()) await reset.click();
});
