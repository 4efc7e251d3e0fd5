import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { buildOpenApiDocument } from "@/lib/api/v1/openapi";
import { gapSchema, vendorSchema } from "@/lib/api/v1/schemas";

// The OpenAPI description is generated from the zod schemas; these checks keep it true to the
// route files that exist and internally consistent (every $ref resolves, every operation is documented).
const ROOT = path.resolve(import.meta.dirname, "../..");
const V1 = path.join(ROOT, "app/api/v1");
type Doc = ReturnType<typeof buildOpenApiDocument>;
const doc: Doc = JSON.parse(JSON.stringify(buildOpenApiDocument()));

/** Every app/api/v1 route file as "method /path" in OpenAPI's {param} form. */
function routeOperations(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name === "route.ts") {
        const route = "/" + path.relative(V1, dir).split(path.sep).join("/");
        if (route === "/openapi.json") continue;
        const src = fs.readFileSync(p, "utf8");
        for (const [, method] of src.matchAll(/export\s+const\s+(GET|POST|PUT|PATCH|DELETE)\b/g))
          out.push(`${method.toLowerCase()} ${route.replace(/\[(\w+)\]/g, "{$1}")}`);
      }
    }
  };
  walk(V1);
  return out.sort();
}

function refs(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => refs(n, out));
  else if (node && typeof node === "object")
    for (const [k, v] of Object.entries(node)) {
      if (k === "$ref" && typeof v === "string") out.push(v);
      else refs(v, out);
    }
  return out;
}

describe("the OpenAPI description of /api/v1", () => {
  it("is OpenAPI 3.1 with a bearer security scheme", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.components.securitySchemes.bearerToken).toMatchObject({ type: "http", scheme: "bearer" });
  });

  it("documents exactly the operations the route files export", () => {
    const documented = Object.entries(doc.paths)
      .flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m} ${p}`))
      .sort();
    expect(routeOperations().length).toBeGreaterThanOrEqual(7);
    expect(documented).toEqual(routeOperations());
  });

  it("resolves every $ref to a component schema", () => {
    const names = new Set(Object.keys(doc.components.schemas));
    const all = refs(doc);
    expect(all.length).toBeGreaterThan(10);
    for (const r of all) expect(names.has(r.replace("#/components/schemas/", "")), r).toBe(true);
  });

  it("is generated from the zod schemas (a field added there appears here)", () => {
    const gap = doc.components.schemas.Gap as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(gap.properties).sort()).toEqual(Object.keys(gapSchema.shape).sort());
    expect(gap.required).toContain("severity");
    const severity = gap.properties.severity as { enum: string[] };
    expect(severity.enum).toEqual(z.toJSONSchema(gapSchema.shape.severity).enum);
    const vendor = doc.components.schemas.Vendor as { properties: Record<string, unknown> };
    expect(Object.keys(vendor.properties).sort()).toEqual(Object.keys(vendorSchema.shape).sort());
  });

  it("describes the gap filters and the upload body", () => {
    const params = (doc.paths["/gaps"] as { get: { parameters: { name: string; in: string }[] } }).get.parameters;
    expect(params.map((p) => p.name)).toEqual(expect.arrayContaining(["severity", "status", "owner", "due", "vendor"]));
    const upload = (doc.paths["/vendors/{vendorId}/documents"] as { post: Record<string, unknown> }).post as {
      requestBody: { content: Record<string, unknown> };
      parameters: { name: string }[];
      responses: Record<string, unknown>;
    };
    expect(Object.keys(upload.requestBody.content)).toEqual(["multipart/form-data"]);
    expect(upload.parameters.map((p) => p.name)).toContain("Idempotency-Key");
    expect(Object.keys(upload.responses)).toEqual(expect.arrayContaining(["201", "200", "403", "413"]));
  });

  it("is served by its route as JSON", async () => {
    const { GET } = await import("@/app/api/v1/openapi.json/route");
    const res = GET();
    expect(res.headers.get("content-type")).toMatch(/application\/json/);
    expect(((await res.json()) as Doc).paths).toEqual(doc.paths);
  });
});
