import pg from "pg";
import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "../../scripts/demo/accounts";
import { demoUser, laneDatabaseUrl, signInFresh } from "./helpers";

// Issue 14, "Lower": Auth.js's own POST /api/auth/signout left a copied session cookie valid, and
// sign-ins and CSRF refusals were not in the audit trail.

async function withDb<T>(fn: (db: pg.Client) => Promise<T>): Promise<T> {
  const db = new pg.Client({ connectionString: laneDatabaseUrl() });
  await db.connect();
  try {
    return await fn(db);
  } finally {
    await db.end();
  }
}

/** Signs out through Auth.js's own endpoint, as a script or another client would: CSRF token first. */
async function authJsSignOut(page: Page) {
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const res = await page.request.post("/api/auth/signout", {
    form: { csrfToken, callbackUrl: "/login" },
    maxRedirects: 0,
  });
  expect(res.status()).toBe(302);
}

test("Auth.js's own POST /api/auth/signout ends the session server-side: its copied cookie gets nowhere", async ({
  page,
  context,
  browser,
}) => {
  await signInFresh(page, "viewer");
  const copied = await context.cookies();
  // The same person signed in elsewhere: signing out here must not end that session.
  const elsewhere = await browser.newContext();
  const other = await elsewhere.newPage();
  await signInFresh(other, "viewer");

  await authJsSignOut(page);
  expect((await context.cookies()).some((c) => c.name.endsWith("assay.session"))).toBe(false);

  // Replaying the copied cookie value: refused on pages and on the API.
  await context.addCookies(copied);
  await page.goto("/vendors");
  await expect(page).toHaveURL(/\/login/);
  const cookie = copied.map((c) => `${c.name}=${c.value}`).join("; ");
  expect((await page.request.get("/api/gaps/export?format=csv", { headers: { Cookie: cookie } })).status()).toBe(401);

  await other.goto("/vendors");
  await expect(other.getByRole("heading", { level: 1, name: "Vendors" })).toBeVisible();
  await elsewhere.close();
});

test("a sign-in and a refused password are in the organisation's audit trail; a missing CSRF token in the instance's", async ({
  page,
}) => {
  const u = demoUser("security");
  const since = await withDb(async (db) => (await db.query<{ now: Date }>("SELECT now()")).rows[0].now);

  await page.goto("/login");
  await page.getByLabel("Email").fill(u.email);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("login-error")).toBeVisible();
  await signInFresh(page, "security");

  // A credentials POST without Auth.js's CSRF token: refused, and recorded.
  const forged = await page.request.post("/api/auth/callback/credentials", {
    form: { email: u.email, password: DEMO_PASSWORD },
    maxRedirects: 0,
  });
  expect(forged.headers()["location"]).toContain("error=MissingCSRF");

  const events = await withDb(async (db) => {
    const { rows } = await db.query<{ tenantId: string | null; action: string; reason: string | null }>(
      `SELECT e."tenantId", e.action, e.data->>'reason' AS reason FROM "AuditEvent" e
       LEFT JOIN "User" u ON u.id::text = e."entityId"
       WHERE e."createdAt" >= $1 AND (u.email = $2 OR e.action = 'auth.csrf_refused')
       ORDER BY e."createdAt"`,
      [since, u.email],
    );
    return rows;
  });
  const demoTenant = events.find((e) => e.action === "auth.sign_in")?.tenantId;
  expect(demoTenant).toBeTruthy();
  const seen = events.filter((e) => e.tenantId === demoTenant || e.tenantId === null);
  expect(seen.map((e) => [e.tenantId === demoTenant ? "org" : e.tenantId, e.action, e.reason])).toEqual([
    ["org", "auth.sign_in_failed", "wrong-password"],
    ["org", "auth.sign_in", null],
    [null, "auth.csrf_refused", null],
  ]);
});
