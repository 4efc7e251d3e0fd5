// GET /api/v1/openapi.json — the API's OpenAPI 3.1 description, generated from its zod schemas.
// Public (listed in tests/unit/route-guard.test.ts): it describes the API, and reveals no data.
import { NextResponse } from "next/server";
import { buildOpenApiDocument } from "@/lib/api/v1/openapi";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export function GET(): Response {
  return NextResponse.json(buildOpenApiDocument(), { headers: { "cache-control": "public, max-age=300" } });
}
