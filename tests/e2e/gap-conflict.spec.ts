import { expect, test } from "@playwright/test";
import { signIn, snap } from "./helpers";

// Two people triage the same gap from pages opened at the same version: the second save is
// refused with a message instead of silently overwriting the first (lib/gaps/mutations.ts).
test("the second of two concurrent saves of a gap is refused and says why", async ({ browser }) => {
  const first = await (await browser.newContext()).newPage();
  const second = await (await browser.newContext()).newPage();
  await signIn(first, "security");
  await signIn(second, "admin");
  await first.goto("/gaps");
  const href = await first.locator("tbody a[href^='/gaps/']").first().getAttribute("href");
  expect(href).toBeTruthy();
  await first.goto(href!);
  await second.goto(href!);

  await first.getByRole("textbox", { name: "Comment" }).fill("Asked the vendor for the bridge letter.");
  await first.getByRole("button", { name: "Save" }).click();
  await expect(first.getByText("Saved.")).toBeVisible();

  await second.getByLabel("Status", { exact: true }).selectOption("in_progress");
  await second.getByRole("button", { name: "Save" }).click();
  await expect(second.getByText(/Someone else changed this gap since you opened it/)).toBeVisible();
  await snap(second, "gap-conflict");

  // After a reload the second person sees the first person's comment and can save.
  await second.reload();
  await expect(second.getByText("Asked the vendor for the bridge letter.")).toBeVisible();
  await second.getByLabel("Status", { exact: true }).selectOption("in_progress");
  await second.getByRole("button", { name: "Save" }).click();
  await expect(second.getByText("Saved.")).toBeVisible();
});
