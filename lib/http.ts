import "server-only";
import { NextResponse } from "next/server";
import * as z from "zod";
import { recordDenial } from "./audit/denial";
import { AppError, DATABASE_UNAVAILABLE_MESSAGE, HTTP_STATUS, isDatabaseUnavailable } from "./errors";
import { getActor, requireActorOrThrow, type Actor } from "./auth/actor";
import { actorFromBearer } from "./api/tokens/bearer";

type Handler<C> = (req: Request, actor: Actor, ctx: C) => Promise<Response>;

export type RouteOptions = {
  /**
   * Accept `Authorization: Bearer <API token>` as well as a browser session (the /api/v1 routes).
   * The token becomes an Actor like a session does (lib/api/tokens/bearer.ts); no Origin check then:
   * a browser never attaches a bearer token by itself, so there is no cross-site request to forge.
   */
  bearer?: boolean;
};

/**
 * Wraps a route handler: resolves the actor from the database (401 if none), refuses cross-site
 * writes, maps AppError to its status and ZodError to 422, and turns anything else into a bare 500
 * with a request id in the log. Every app/api route except Auth.js's own must use it
 * (tests/unit/route-guard.test.ts fails otherwise).
 */
export function withActor<C = unknown>(handler: Handler<C>, options: RouteOptions = {}) {
  return async (req: Request, ctx: C): Promise<Response> => {
    let actor: Actor | null = null;
    let originChecked = false;
    const bearer = options.bearer === true && req.headers.has("authorization");
    try {
      if (bearer) actor = await actorFromBearer(req.headers.get("authorization"));
      else {
        assertSameOrigin(req);
        originChecked = true;
        actor = await requireActorOrThrow();
      }
      return await handler(req, actor, ctx);
    } catch (err) {
      // A forged cross-site write carries the person's own cookie: record the refusal in their organisation's
      // trail (a request without a session has no one to record it for).
      if (!bearer && !originChecked) actor = await getActor().catch(() => null);
      await recordDenial(actor, err, `${req.method} ${new URL(req.url).pathname}`);
      const res = errorResponse(err);
      if (bearer && res.status === 401) res.headers.set("www-authenticate", 'Bearer realm="assay"');
      return res;
    }
  };
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** Route handlers get no built-in CSRF check (server actions do): compare Origin with our host. */
export function assertSameOrigin(req: Request): void {
  if (SAFE_METHODS.has(req.method)) return;
  if (req.headers.get("sec-fetch-site") === "cross-site")
    throw new AppError("FORBIDDEN", "Cross-site request refused.");
  const origin = req.headers.get("origin");
  const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host");
  if (!origin || !host) throw new AppError("FORBIDDEN", "Missing Origin header.");
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw new AppError("FORBIDDEN", "Malformed Origin header.");
  }
  if (originHost !== host) throw new AppError("FORBIDDEN", "Cross-site request refused.");
}

export function errorResponse(err: unknown): Response {
  if (err instanceof AppError) {
    return NextResponse.json({ error: err.message, code: err.code }, { status: HTTP_STATUS[err.code] });
  }
  if (err instanceof z.ZodError) {
    return NextResponse.json(
      { error: "Some fields are not valid.", code: "INVALID_INPUT", issues: z.flattenError(err) },
      { status: 422 },
    );
  }
  const requestId = crypto.randomUUID();
  if (isDatabaseUnavailable(err)) {
    // Not a bug: the database is down or restarting. One log line, and a 503 the client may retry.
    console.error(
      `[api] request ${requestId}: database unavailable: ${String((err as Error)?.message ?? err)
        .split("\n")
        .filter(Boolean)
        .at(-1)}`,
    );
    return NextResponse.json(
      { error: `${DATABASE_UNAVAILABLE_MESSAGE} (reference ${requestId})`, code: "UNAVAILABLE" },
      { status: 503, headers: { "retry-after": "5" } },
    );
  }
  console.error(`[api] request ${requestId} failed`, err);
  return NextResponse.json(
    { error: `Something went wrong (reference ${requestId}).`, code: "INTERNAL" },
    { status: 500 },
  );
}
