import { expect, test } from "@playwright/test";
import { signIn, snap } from "./helpers";

// The register at scale, as an analyst uses it: search, sort on the server, tick rows, triage them
// in one go, and find each change in the gap's history as old → new.
test("search the register, sort it, and bulk-triage the selected gaps", async ({ page }) => {
  await signIn(page, "security");
  await page.goto("/gaps");
  await page.getByRole("searchbox", { name: "Search" }).fill("Papertrail");
  await page.getByRole("button", { name: "Apply", exact: true }).click();
  await expect(page).toHaveURL(/[?&]q=Papertrail/);
  const rows = page.locator("tbody tr");
  await expect(rows.first()).toBeVisible();
  const count = await rows.count();
  for (let i = 0; i < count; i++) await expect(rows.nth(i)).toContainText("Papertrail Payroll GmbH");

  // Sorting is a link the server answers (the filters stay).
  await page.getByRole("link", { name: /^Due/ }).click();
  await expect(page).toHaveURL(/sort=due/);
  await expect(page).toHaveURL(/q=Papertrail/);
  await expect(page.getByRole("columnheader", { name: /Due/ })).toHaveAttribute("aria-sort", "ascending");

  const picked = Math.min(2, count);
  const titles: string[] = [];
  for (let i = 0; i < picked; i++) {
    await rows.nth(i).getByRole("checkbox").check();
    titles.push((await rows.nth(i).locator("a[href^='/gaps/']").textContent())!.trim());
  }
  await expect(page.getByText(`${picked} selected`, { exact: true })).toBeVisible();
  await page.getByLabel("Set owner").selectOption({ label: "Ana Analyst" });
  // A refusal (an acceptance without its reason) keeps every value and says so beside the button.
  await page.getByLabel("Set status").selectOption("risk_accepted");
  const apply = page.getByRole("button", { name: `Apply to ${picked} selected` });
  await apply.click();
  await expect(apply.locator("xpath=..").getByRole("alert")).toContainText("Some fields need attention.");
  await expect(page.getByLabel("Set owner")).toHaveValue(/.+/);
  await expect(page.getByLabel("Set status")).toHaveValue("risk_accepted");
  await expect(page.getByText(`${picked} selected`, { exact: true })).toBeVisible();
  await snap(page, "register-bulk-refused-desktop");
  await page.getByLabel("Set status").selectOption("in_progress");
  await page.getByLabel("Set due date").fill("2027-03-31");
  await snap(page, "register-bulk-desktop");
  await apply.click();
  await expect(page.getByText(new RegExp(`Updated ${picked} gaps?`))).toBeVisible();
  // Applied: the form is empty again for the next triage (it kept the last values before).
  await expect(page.getByLabel("Set owner")).toHaveValue("");
  await expect(page.getByLabel("Set due date")).toHaveValue("");
  await expect(page.getByLabel("Set status")).toHaveValue("");
  await expect(page.getByText("0 selected", { exact: true })).toBeVisible();
  await snap(page, "register-bulk-applied-desktop");

  for (const title of titles) {
    const row = rows.filter({ hasText: title }).first();
    await expect(row).toContainText("Ana Analyst");
    await expect(row).toContainText("In progress");
  }

  // The gap page links back to its vendor, and its history says what changed, old → new.
  await rows.filter({ hasText: titles[0] }).first().locator("a[href^='/gaps/']").click();
  await expect(page.getByRole("link", { name: /Papertrail Payroll GmbH/ }).first()).toBeVisible();
  const history = page.getByRole("region", { name: "History" });
  await expect(history).toContainText("(bulk triage)");
  await expect(history).toContainText("status: Open → In progress");
  await expect(history).toContainText("owner: unassigned → Ana Analyst");

  // "All statuses" is a choice of its own.
  await page.goto("/gaps?status=all");
  await expect(page.getByLabel("Status", { exact: true })).toHaveValue("all");
  await snap(page, "register-desktop");

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/gaps?status=all");
  // Rows become cards: the register itself never needs a sideways scroll.
  const right = await page.locator("table").evaluate((t) => t.getBoundingClientRect().right);
  expect(right).toBeLessThanOrEqual(390);
  await snap(page, "register-390");
});
