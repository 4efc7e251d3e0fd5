import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { DEMO_TENANT } from "../../scripts/demo/accounts";
import { demoUser, signIn, snap, laneDatabaseUrl } from "./helpers";

// Runs against the seeded demo (scripts/seed.ts): Cloudhop's 2024 SOC 2 report and ISO 27001:2013
// certificate are out of date, and scoring left open gaps.

test.describe("dashboard", () => {
  test("analyst sees expired evidence, open gaps by severity and the weekly chart", async ({ page }) => {
    await signIn(page, "analyst");
    await page.goto("/dashboard");
    await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
    await expect(page.getByText("Vendors", { exact: true }).and(page.locator("p"))).toBeVisible();

    const expired = page.getByTestId("evidence-expired");
    await expect(expired.getByRole("link", { name: "Cloudhop Hosting Inc." }).first()).toBeVisible();
    const cert = expired.getByRole("link", { name: "ISO/IEC 27001:2013 certificate: cloudhop-iso27001-2013.pdf" });
    await expect(cert).toBeVisible();
    await expect(expired.getByRole("link", { name: "SOC 2 Type 2 report: cloudhop-soc2-2024.pdf" })).toBeVisible();
    await expect(cert).toHaveAttribute("href", /^\/documents\/[0-9a-f-]{36}$/);
    // The current certificate (expires 2028) is not listed anywhere.
    await expect(page.getByText("papertrail-iso27001-2022.pdf")).toHaveCount(0);

    const severity = page.getByRole("list", { name: "Open gaps by severity" });
    await expect(severity).toBeVisible();
    const chart = page.getByRole("img", {
      name: /Gaps opened and closed per week, last 8 weeks: \d+ opened, \d+ closed/,
    });
    await expect(chart).toBeVisible();
    // The demo was scored today, so this week's bar is not empty.
    await expect(chart).toHaveAttribute("aria-label", /last 8 weeks: [1-9]\d* opened/);
    await expect(page.getByRole("table", { name: "Gaps opened and closed per week" })).toHaveCount(1);
    await snap(page, "dashboard-full");

    await cert.click();
    await expect(page).toHaveURL(/\/documents\/[0-9a-f-]{36}$/);
  });

  test("a reminder shows in-app until it is marked read", async ({ page }) => {
    const analyst = demoUser("analyst");
    const client = new pg.Client({ connectionString: laneDatabaseUrl() });
    await client.connect();
    const subject = `E2E reminder ${randomUUID().slice(0, 8)}`;
    try {
      // The reminder sweep is covered by tests/db/reminders.test.ts; here only the in-app view.
      await client.query(
        `INSERT INTO "OutboxMessage" (id, "tenantId", "userId", kind, "dedupeKey", subject, body)
         SELECT gen_random_uuid(), t.id, u.id, 'vendor-review-due', 'vendor-review-due:' || v.id || ':e2e-' || gen_random_uuid(), $1, 'A reminder written by the e2e test.'
         FROM "Tenant" t JOIN "Vendor" v ON v."tenantId" = t.id AND v."legalName" = 'Cloudhop Hosting Inc.', "User" u
         WHERE t.slug = $2 AND u.email = $3`,
        [subject, DEMO_TENANT.slug, analyst.email],
      );
    } finally {
      await client.end();
    }
    await signIn(page, "analyst");
    await page.goto("/notifications");
    await expect(page.getByRole("heading", { level: 1, name: "Reminders" })).toBeVisible();
    const item = page.getByRole("listitem").filter({ hasText: subject });
    await expect(item.getByText("Unread")).toBeVisible();
    await expect(item.getByRole("link", { name: "Open" })).toHaveAttribute("href", /^\/vendors\/[0-9a-f-]{36}$/);
    await snap(page, "notifications");
    await item.getByRole("button", { name: "Mark as read" }).click();
    await expect(item.getByText("Unread")).toHaveCount(0);
    await expect(item.getByRole("button", { name: "Mark as read" })).toHaveCount(0);
  });
});
