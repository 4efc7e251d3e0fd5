import { randomUUID } from "node:crypto";
import PDFDocument from "pdfkit";
import { describe, expect, it } from "vitest";
import { GET as listDocuments } from "@/app/api/v1/documents/route";
import { GET as exportGaps } from "@/app/api/v1/exports/gaps/route";
import { GET as listGaps } from "@/app/api/v1/gaps/route";
import { GET as listServices } from "@/app/api/v1/services/route";
import { POST as uploadDocument } from "@/app/api/v1/vendors/[vendorId]/documents/route";
import { GET as getVendor } from "@/app/api/v1/vendors/[vendorId]/route";
import { GET as listVendors } from "@/app/api/v1/vendors/route";
import { createApiToken, revokeApiToken } from "@/lib/api/tokens/mutations";
import { documentListSchema, gapListSchema, vendorListSchema } from "@/lib/api/v1/schemas";
import type { Actor } from "@/lib/auth/load-actor";
import { systemDb as db } from "@/lib/db";
import { hasDb, makeTenant, makeVendor } from "./support";

// API tokens through the real route handlers, the real database (row-level security on the
// restricted role) and the real upload path (encrypted storage under STORAGE_DIR).
const BASE = "http://127.0.0.1:3803/api/v1";
type Ctx = { params: Promise<Record<string, string>> };
const noParams: Ctx = { params: Promise.resolve({}) };

function get(path: string, token: string | null): Request {
  return new Request(`${BASE}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
}

function pdf(text: string): Promise<Buffer> {
  return new Promise((resolve) => {
    const doc = new PDFDocument({ size: "A4" });
    const chunks: Buffer[] = [];
    doc.on("data", (c: Buffer) => chunks.push(c));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.fontSize(14).text(text);
    doc.end();
  });
}

function upload(vendorId: string, token: string, bytes: Uint8Array, filename: string, key?: string) {
  const form = new FormData();
  form.set("file", new Blob([bytes as BlobPart], { type: "application/pdf" }), filename);
  const req = new Request(`${BASE}/vendors/${vendorId}/documents`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, ...(key ? { "idempotency-key": key } : {}) },
    body: form,
  });
  return uploadDocument(req, { params: Promise.resolve({ vendorId }) });
}

async function org(): Promise<{ admin: Actor; vendor: { id: string }; gap: { id: string } }> {
  const admin = await makeTenant("admin");
  const vendor = await makeVendor(admin);
  await db.buyerService.create({ data: { tenantId: admin.tenantId, vendorId: vendor.id, name: "Payroll" } });
  const gap = await db.gap.create({
    data: {
      tenantId: admin.tenantId,
      vendorId: vendor.id,
      key: `k-${randomUUID()}`,
      checkId: "soc-report-current",
      subject: "s",
      severity: "high",
      title: `Gap of ${admin.tenantName}`,
      detail: "d",
      ownerRole: "security",
    },
  });
  return { admin, vendor, gap };
}

async function auditActions(tenantId: string, entityId: string): Promise<string[]> {
  const rows = await db.auditEvent.findMany({ where: { tenantId, entityId }, orderBy: { createdAt: "asc" } });
  return rows.map((r) => r.action);
}

describe.skipIf(!hasDb)("API tokens over the /api/v1 route handlers", () => {
  it("a read+upload token lists gaps, uploads a document (idempotently) and sees it listed", async () => {
    const a = await org();
    const { token, id } = await createApiToken(a.admin, { name: "SIEM", scope: "read_upload" });
    expect(token).toMatch(/^assay_[0-9a-f]{32}_[A-Za-z0-9_-]{43}$/);
    // Only the hash is stored.
    const stored = await db.apiToken.findUniqueOrThrow({ where: { id } });
    // The secret is everything after the id; it may itself hold "_" (base64url), so it is not split on it.
    const secret = token.slice("assay_".length + 32 + 1);
    expect(secret).toHaveLength(43);
    expect(stored.tokenHash).not.toContain(secret);
    expect(stored.lastUsedAt).toBeNull();

    const gapsRes = await listGaps(get("/gaps?severity=high", token), noParams);
    expect(gapsRes.status).toBe(200);
    const gaps = gapListSchema.parse(await gapsRes.json());
    expect(gaps.data.map((g) => g.id)).toEqual([a.gap.id]);
    expect(gaps.total).toBe(1);
    const none = gapListSchema.parse(await (await listGaps(get("/gaps?severity=low", token), noParams)).json());
    expect(none.data).toEqual([]);

    const bytes = new Uint8Array(await pdf("SOC 2 Type 2 report uploaded by a script"));
    const first = await upload(a.vendor.id, token, bytes, "soc2.pdf", "nightly-1");
    expect(first.status).toBe(201);
    const { document } = (await first.json()) as { document: { id: string } };
    const again = await upload(a.vendor.id, token, bytes, "soc2.pdf", "nightly-1");
    expect(again.status).toBe(200);
    expect(((await again.json()) as { document: { id: string } }).document.id).toBe(document.id);

    const docs = documentListSchema.parse(await (await listDocuments(get("/documents", token), noParams)).json());
    expect(docs.data.map((d) => d.id)).toEqual([document.id]);
    const row = await db.document.findUniqueOrThrow({ where: { id: document.id } });
    expect(row.uploadedById).toBe(id); // the token is the actor of record
    expect(await auditActions(a.admin.tenantId, id)).toEqual(["api_token.create"]);
    expect((await db.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt).not.toBeNull();

    const csv = await exportGaps(get("/exports/gaps?format=csv", token), noParams);
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toMatch(/text\/csv/);
    expect(await csv.text()).toContain(`Gap of ${a.admin.tenantName}`);
    const services = await listServices(get(`/services?vendor=${a.vendor.id}`, token), noParams);
    expect(((await services.json()) as { data: { name: string }[] }).data.map((s) => s.name)).toEqual(["Payroll"]);
  });

  it("a hostile file through the API is refused like one through the app", async () => {
    const a = await org();
    const { token } = await createApiToken(a.admin, { name: "uploader", scope: "read_upload" });
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);
    const res = await upload(a.vendor.id, token, png, "report.pdf");
    expect(res.status).toBe(422);
    expect(await db.document.count({ where: { tenantId: a.admin.tenantId } })).toBe(0);
  });

  it("a read token cannot upload (403, audited as a denial)", async () => {
    const a = await org();
    const { token, id } = await createApiToken(a.admin, { name: "reader", scope: "read" });
    const res = await upload(a.vendor.id, token, new Uint8Array(await pdf("x")), "x.pdf");
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: string }).error).toMatch(/scope/);
    expect(await db.document.count({ where: { tenantId: a.admin.tenantId } })).toBe(0);
    const denied = await db.auditEvent.findFirst({
      where: { tenantId: a.admin.tenantId, actorId: id, action: "authz.denied" },
    });
    expect(denied).not.toBeNull();
    // It can still read.
    expect((await listVendors(get("/vendors", token), noParams)).status).toBe(200);
  });

  it("a revoked token is refused at once (401, audited); an unknown one too", async () => {
    const a = await org();
    const { token, id } = await createApiToken(a.admin, { name: "old", scope: "read" });
    expect((await listGaps(get("/gaps", token), noParams)).status).toBe(200);
    expect(await revokeApiToken(a.admin, { tokenId: id })).toEqual({ changed: true });
    const res = await listGaps(get("/gaps", token), noParams);
    expect(res.status).toBe(401);
    expect(res.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect(((await res.json()) as { error: string }).error).toMatch(/revoked/);
    expect(await auditActions(a.admin.tenantId, id)).toEqual([
      "api_token.create",
      "api_token.revoke",
      "api_token.refused",
    ]);

    const forged = token.slice(0, -4) + "AAAA";
    expect((await listGaps(get("/gaps", forged), noParams)).status).toBe(401);
    expect((await listGaps(get("/gaps", "not-a-token"), noParams)).status).toBe(401);
  });

  it("organisation B's token never sees organisation A's data (row-level security)", async () => {
    const a = await org();
    const b = await org();
    const { token: tokenA } = await createApiToken(a.admin, { name: "A", scope: "read_upload" });
    const { token: tokenB } = await createApiToken(b.admin, { name: "B", scope: "read_upload" });
    await upload(a.vendor.id, tokenA, new Uint8Array(await pdf("A's secret report")), "a.pdf");

    const vendors = vendorListSchema.parse(await (await listVendors(get("/vendors", tokenB), noParams)).json());
    expect(vendors.data.map((v) => v.id)).toEqual([b.vendor.id]);
    const gaps = gapListSchema.parse(await (await listGaps(get("/gaps?status=all", tokenB), noParams)).json());
    expect(gaps.data.map((g) => g.id)).toEqual([b.gap.id]);
    const docs = documentListSchema.parse(await (await listDocuments(get("/documents", tokenB), noParams)).json());
    expect(docs.data).toEqual([]);
    // A's ids: not found, whether read, filtered on or uploaded to.
    const one = await getVendor(get(`/vendors/${a.vendor.id}`, tokenB), {
      params: Promise.resolve({ vendorId: a.vendor.id }),
    });
    expect(one.status).toBe(404);
    const filtered = gapListSchema.parse(
      await (await listGaps(get(`/gaps?vendor=${a.vendor.id}`, tokenB), noParams)).json(),
    );
    expect(filtered.data).toEqual([]);
    expect((await upload(a.vendor.id, tokenB, new Uint8Array(await pdf("planted")), "p.pdf")).status).toBe(404);
    const csv = await (await exportGaps(get("/exports/gaps?format=csv", tokenB), noParams)).text();
    expect(csv).not.toContain(`Gap of ${a.admin.tenantName}`);
    // B's secret presented under A's organisation id finds no token: the lookup runs as tenant A.
    const [, , secretB] = tokenB.split("_");
    const swapped = `assay_${a.admin.tenantId.replace(/-/g, "")}_${secretB}`;
    expect((await listVendors(get("/vendors", swapped), noParams)).status).toBe(401);
    expect(await db.document.count({ where: { tenantId: a.admin.tenantId } })).toBe(1);
  });

  it("rejects a bad filter value with 422 instead of ignoring it", async () => {
    const a = await org();
    const { token } = await createApiToken(a.admin, { name: "typo", scope: "read" });
    expect((await listGaps(get("/gaps?severity=hgih", token), noParams)).status).toBe(422);
    expect((await listGaps(get("/gaps?pageSize=5000", token), noParams)).status).toBe(422);
  });

  it("only an admin creates or revokes tokens", async () => {
    const a = await org();
    const analyst = { ...a.admin, role: "analyst" as const };
    await expect(createApiToken(analyst, { name: "x", scope: "read" })).rejects.toThrow(/role/);
    const { id } = await createApiToken(a.admin, { name: "x", scope: "read" });
    await expect(revokeApiToken(analyst, { tokenId: id })).rejects.toThrow(/role/);
    // Another organisation's admin cannot revoke it: not found.
    const other = await makeTenant("admin");
    await expect(revokeApiToken(other, { tokenId: id })).rejects.toThrow(/not found/);
  });
});
