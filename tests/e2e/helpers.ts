import fs from "node:fs";
import type { Page } from "@playwright/test";
import { expect } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_USERS } from "../../scripts/demo/accounts";

export type DemoRole = (typeof DEMO_USERS)[number]["role"];

export function demoUser(role: DemoRole) {
  const u = DEMO_USERS.find((x) => x.role === role);
  if (!u) throw new Error(`no demo user for ${role}`);
  return u;
}

export async function signIn(page: Page, role: DemoRole, next?: string) {
  const u = demoUser(role);
  await page.goto(next ? `/login?next=${encodeURIComponent(next)}` : "/login");
  await page.getByLabel("Email").fill(u.email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("whoami")).toContainText(u.name);
  return u;
}

/** Screenshots land in screenshots/ (gitignored) so a person can look at every screen. */
export async function snap(page: Page, name: string) {
  fs.mkdirSync("screenshots", { recursive: true });
  await page.screenshot({ path: `screenshots/${name}.png`, fullPage: true });
}
