// GET /api/v1/gaps?severity=&status=&owner=&due=&vendor= — the gap register, filtered, a page at a time.
import { assertCan } from "@/lib/auth/roles";
import { listGapsForApi } from "@/lib/api/v1/data";
import { apiJson, parseQuery } from "@/lib/api/v1/respond";
import { gapListSchema, gapQuerySchema } from "@/lib/api/v1/schemas";
import { withActor } from "@/lib/http";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = withActor(
  async (req, actor) => {
    assertCan(actor, "vendor:read");
    return apiJson(gapListSchema, await listGapsForApi(actor, parseQuery(gapQuerySchema, req)));
  },
  { bearer: true },
);
