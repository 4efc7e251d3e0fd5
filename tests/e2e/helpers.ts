import fs from "node:fs";
import type { Cookie, Page } from "@playwright/test";
import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_USERS } from "../../scripts/demo/accounts";

export type DemoRole = (typeof DEMO_USERS)[number]["role"];

export function demoUser(role: DemoRole) {
  const u = DEMO_USERS.find((x) => x.role === role);
  if (!u) throw new Error(`no demo user for ${role}`);
  return u;
}

/**
 * Signs in through the sign-in form, every time: for tests of signing in or out, of the session
 * cookie itself, or of what a sign-in records.
 */
export async function signInFresh(page: Page, role: DemoRole, next?: string) {
  const u = demoUser(role);
  await page.goto(next ? `/login?next=${encodeURIComponent(next)}` : "/login");
  await page.getByLabel("Email").fill(u.email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("whoami")).toContainText(u.name);
  return u;
}

// The cookies of one form sign-in per role, kept by this worker process (one lane's, see
// playwright.config.ts) and given to later tests' browser contexts: Playwright's reuse of a signed-in
// state, which spares each test an argon2 sign-in and a page load.
const signedIn = new Map<string, Cookie[]>();

/**
 * A page signed in as `role`, on `next` (default /dashboard) with the shell naming the person, as
 * after the form. Reuses this lane's earlier session of the role; when another test has ended that
 * session (signed it out, say), signs in through the form again.
 */
export async function signIn(page: Page, role: DemoRole, next?: string) {
  const u = demoUser(role);
  const key = `${test.info().project.name}:${role}`;
  const saved = signedIn.get(key);
  if (saved) {
    await page.context().addCookies(saved);
    await page.goto(next ?? "/dashboard");
    if (new URL(page.url()).pathname !== "/login") {
      await expect(page.getByTestId("whoami")).toContainText(u.name);
      return u;
    }
    await page.context().clearCookies();
  }
  await signInFresh(page, role, next);
  signedIn.set(key, await page.context().cookies());
  return u;
}

/** Screenshots land in screenshots/ (gitignored) so a person can look at every screen. */
export async function snap(page: Page, name: string) {
  fs.mkdirSync("screenshots", { recursive: true });
  await page.screenshot({ path: `screenshots/${name}.png`, fullPage: true });
}

/**
 * The database behind this test's app server: each e2e lane has its own (playwright.config.ts).
 * Tests that read or write rows directly must use this one, never DATABASE_URL itself.
 */
export function laneDatabaseUrl(): string {
  const laneB = test.info().project.name === "lane-b";
  const url = laneB ? process.env.E2E_B_DATABASE_URL : process.env.DATABASE_URL;
  if (!url) throw new Error(`${laneB ? "E2E_B_DATABASE_URL" : "DATABASE_URL"} is not set (scripts/test.sh sets it)`);
  return url;
}

/** This test's app server, e.g. http://127.0.0.1:3200 (its lane's; playwright.config.ts). */
export function laneBaseUrl(): string {
  const base = test.info().project.use.baseURL;
  if (!base) throw new Error("no baseURL for this project (playwright.config.ts)");
  return base;
}
