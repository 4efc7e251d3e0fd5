import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { signIn, snap } from "./helpers";

// Issue 15, "Everything editable", in the browser: a service is edited and keeps its values, a
// decision moves the vendor on and clears its form, an approval over open high gaps asks first,
// and an archived vendor leaves the list until it is brought back. (a11y-* : this helper's files.)

test("a security reviewer edits a service, decides, archives and unarchives a vendor", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, "security");
  const name = `Editable Vendor ${randomUUID().slice(0, 6)}`;
  await page.goto("/vendors/new");
  await page.getByLabel("Legal name").fill(name);
  await page.getByRole("button", { name: "Create vendor" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

  // A new service: its form clears after saving (no duplicate by a second click).
  const add = page.getByRole("form", { name: "Record a service" });
  await add.getByLabel("Service you buy").fill("Payroll");
  await add.getByLabel("EU").check();
  await add.getByRole("button", { name: "Save service" }).click();
  await expect(add.getByText("Saved “Payroll”.")).toBeVisible();
  await expect(add.getByLabel("Service you buy")).toHaveValue("");

  // Editing it keeps the saved values in the form.
  await page.getByText("Edit “Payroll”").click();
  const edit = page.getByRole("form", { name: "Edit service Payroll" });
  await expect(edit.getByLabel("Service you buy")).toHaveValue("Payroll");
  await edit.getByLabel("Service you buy").fill("Payroll EU");
  await edit.getByLabel("Locations needed").fill("Ireland");
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(edit.getByText("Saved “Payroll EU”.")).toBeVisible();
  await expect(edit.getByLabel("Service you buy")).toHaveValue("Payroll EU");
  await expect(edit.getByLabel("Locations needed")).toHaveValue("Ireland");
  await expect(page.getByText("Regions: EU · Ireland")).toBeVisible();

  // A decision sets the vendor's status and next review date, then its form is blank again.
  const decision = page.getByRole("form", { name: "Record a review decision" });
  await decision.getByLabel("Decision").selectOption("approve");
  await decision.getByLabel("Set vendor status").selectOption("active");
  await decision.getByLabel("Next review date").fill("2027-06-30");
  await decision.getByLabel("Note").fill("Clean report, no open gaps.");
  await decision.getByRole("button", { name: "Record decision" }).click();
  await expect(decision.getByText("Decision recorded.")).toBeVisible();
  await expect(decision.getByLabel("Note")).toHaveValue("");
  await expect(decision.getByLabel("Next review date")).toHaveValue("");
  await expect(page.getByText("status: onboarding → active", { exact: true })).toBeVisible();
  await expect(page.getByText("next review date: none → 2027-06-30", { exact: true })).toBeVisible();
  await snap(page, "editing-vendor-after-decision");

  // Archive: out of the list, still reachable, back on unarchive.
  await page.getByRole("button", { name: "Archive" }).click();
  await expect(page.getByText(/this vendor is out of the vendor list/)).toBeVisible();
  await page.goto(`/vendors?q=${encodeURIComponent(name)}`);
  await expect(page.getByText("No vendors match")).toBeVisible();
  await page.goto(`/vendors?q=${encodeURIComponent(name)}&archived=1`);
  await page.getByRole("link", { name }).click();
  await page.getByRole("button", { name: "Unarchive" }).click();
  await expect(page.getByText("Back in the lists and reminders.")).toBeVisible();
  await page.goto(`/vendors?q=${encodeURIComponent(name)}`);
  await expect(page.getByRole("link", { name })).toBeVisible();
});

test("approving a vendor with open high or critical gaps asks for an acknowledgement first", async ({ page }) => {
  await signIn(page, "security");
  await page.goto("/vendors?q=Cloudhop");
  await page.getByRole("link", { name: "Cloudhop Hosting Inc." }).first().click();
  const decision = page.getByRole("form", { name: "Record a review decision" });
  await decision.getByLabel("Decision").selectOption("approve");
  const warning = decision.getByRole("alert").filter({ hasText: /high or critical gaps? (is|are) still open/ });
  await expect(warning).toBeVisible();
  await expect(warning.getByLabel("I have read the open gaps")).toHaveAttribute("required", "");
  await decision.getByLabel("Decision").selectOption("reject");
  await expect(warning).toBeHidden();
});
