import "server-only";
import { NextResponse } from "next/server";
import type * as z from "zod";

/** A query string read with the endpoint's schema: an unknown filter value is a 422, not ignored. */
export function parseQuery<S extends z.ZodType>(schema: S, req: Request): z.output<S> {
  return schema.parse(Object.fromEntries(new URL(req.url).searchParams)) as z.output<S>;
}

/** JSON checked against the endpoint's answer schema, so the OpenAPI description stays true. */
export function apiJson<S extends z.ZodType>(schema: S, body: z.input<S>, init?: ResponseInit): Response {
  return NextResponse.json(schema.parse(body), {
    ...init,
    headers: { "cache-control": "no-store", ...(init?.headers as Record<string, string> | undefined) },
  });
}
