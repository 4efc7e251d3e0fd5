import pg from "pg";
import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "../../scripts/demo/accounts";
import { demoUser, signIn, laneDatabaseUrl } from "./helpers";

// Hostile input through the browser and over HTTP (security-and-reliability §9 C 31, 36, 37).

test("HTML in a vendor name is shown as text and never runs", async ({ page }) => {
  const name = `<img src=x onerror="window.__xss=1"> Evil ${Date.now().toString(36)} Ltd`;
  await signIn(page, "analyst");
  await page.goto("/vendors/new");
  await page.getByLabel("Legal name").fill(name);
  await page.getByRole("button", { name: "Create vendor" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await page.goto(`/vendors?q=${encodeURIComponent("Evil")}`);
  await expect(page.getByRole("link", { name })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
});

test("look-alike emails and huge passwords get the same answer as a wrong password, never an error page", async ({
  page,
}) => {
  const attempts = [
    ["ａnalyst@northwind.example", DEMO_PASSWORD], // fullwidth a
    ["analyst＠northwind.example", DEMO_PASSWORD], // fullwidth @
    ["analyst@northwind.example' OR '1'='1", DEMO_PASSWORD],
    ["analyst@northwind.example", "p".repeat(200_000)],
  ];
  const messages = new Set<string>();
  for (const [email, password] of attempts) {
    await page.goto("/login");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByTestId("login-error")).toBeVisible();
    messages.add((await page.getByTestId("login-error").textContent()) ?? "");
    await expect(page).toHaveURL(/\/login/);
  }
  expect(messages.size).toBe(1);
});

test("cross-site and malformed-Origin writes to route handlers are refused without a 500", async ({
  page,
  request,
}) => {
  await signIn(page, "analyst");
  await page.goto("/vendors?q=Quillmark");
  await page.getByRole("link", { name: "Quillmark Analytics Pty Ltd" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Quillmark Analytics Pty Ltd" })).toBeVisible();
  const vendorId = new URL(page.url()).pathname.split("/").pop();
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const file = { name: "x.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n%%EOF") };
  const variants: Record<string, string>[] = [
    { Origin: "https://evil.example" },
    { Origin: "null" },
    { Origin: "::not a url::" },
    { "Sec-Fetch-Site": "cross-site", Origin: new URL(page.url()).origin },
    {},
  ];
  const db = new pg.Client({ connectionString: laneDatabaseUrl() });
  await db.connect();
  const since = (await db.query<{ now: Date }>("SELECT now()")).rows[0]!.now;
  for (const headers of variants) {
    const res = await request.post(`/api/vendors/${vendorId}/documents`, {
      headers: { Cookie: cookie, ...headers },
      multipart: { file },
    });
    expect(res.status(), JSON.stringify(headers)).toBe(403);
  }
  // Each refusal is in the organisation's audit trail, recorded for the person whose cookie it carried.
  const { rows } = await db.query<{ reason: string }>(
    `SELECT e.data->>'reason' AS reason FROM "AuditEvent" e JOIN "User" u ON u.id = e."actorId"
     WHERE e.action = 'authz.denied' AND e."createdAt" >= $1 AND e.data->>'where' = $2 AND u.email = $3`,
    [since, `POST /api/vendors/${vendorId}/documents`, demoUser("analyst").email],
  );
  await db.end();
  expect(rows).toHaveLength(variants.length);
  await page.reload();
  await expect(page.getByText("No documents yet.")).toBeVisible();
});
