import { randomUUID } from "node:crypto";
import pg from "pg";
import { expect, test } from "@playwright/test";
import { signIn, laneDatabaseUrl } from "./helpers";

// Another organisation's ids, typed into the URL or sent to an API by a signed-in user of the demo
// organisation, must look exactly like ids that do not exist (404) and change nothing.
test("every page and route answers not-found for another tenant's ids", async ({ page, request }) => {
  const db = new pg.Client({ connectionString: laneDatabaseUrl() });
  await db.connect();
  const t = randomUUID(),
    v = randomUUID(),
    g = randomUUID(),
    d = randomUUID();
  try {
    await db.query(`INSERT INTO "Tenant" (id, name, slug) VALUES ($1, 'Other Org', $2)`, [t, `other-${t.slice(0, 8)}`]);
    await db.query(
      `INSERT INTO "Vendor" (id, "tenantId", "legalName", aliases, "updatedAt") VALUES ($1, $2, 'Secret Vendor', '{}', now())`,
      [v, t],
    );
    await db.query(
      `INSERT INTO "Gap" (id, "tenantId", "vendorId", key, "checkId", subject, severity, title, detail, "ownerRole", "updatedAt") VALUES ($1, $2, $3, 'k', 'c', 's', 'high', 'Secret gap', 'd', 'security', now())`,
      [g, t, v],
    );
    await db.query(
      `INSERT INTO "Document" (id, "tenantId", "vendorId", filename, "fileKey", sha256, "sizeBytes", "mimeType") VALUES ($1, $2, $3, 'secret.pdf', $4, 'x', 1, 'application/pdf')`,
      [d, t, v, `${t}/${d}`],
    );

    await signIn(page, "admin");
    for (const path of [`/vendors/${v}`, `/vendors/${v}/edit`, `/gaps/${g}`, `/documents/${d}`]) {
      const res = await page.goto(path);
      expect(res?.status(), path).toBe(404);
      await expect(page.getByText("Secret")).toHaveCount(0);
    }
    const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    const origin = new URL(page.url()).origin;
    const headers = { Cookie: cookie, Origin: origin };
    for (const url of [
      `/api/documents/${d}`,
      `/api/documents/${d}/status`,
      `/api/documents/${d}/pages/1`,
      `/api/vendors/${v}/export?format=csv`,
    ]) {
      const res = await request.get(url, { headers });
      expect(res.status(), url).toBe(404);
      expect(await res.text()).not.toContain("Secret");
    }
    const upload = await request.post(`/api/vendors/${v}/documents`, {
      headers,
      multipart: {
        file: {
          name: "x.pdf",
          mimeType: "application/pdf",
          buffer: Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF"),
        },
      },
    });
    expect(upload.status()).toBe(404);
    const docs = await db.query(`SELECT count(*)::int AS n FROM "Document" WHERE "vendorId" = $1`, [v]);
    expect(docs.rows[0].n).toBe(1); // nothing was added to the other organisation
    // The tenant-wide export never includes another organisation's gaps.
    const all = await request.get(`/api/gaps/export?format=csv&status=open`, { headers });
    expect(all.status()).toBe(200);
    expect(await all.text()).not.toContain("Secret");
  } finally {
    await db.query(`DELETE FROM "Tenant" WHERE id = $1`, [t]).catch(() => {});
    await db.query(`DELETE FROM "Vendor" WHERE "tenantId" = $1`, [t]).catch(() => {});
    await db.end();
  }
});
