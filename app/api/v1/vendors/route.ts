// GET /api/v1/vendors — the organisation's vendors, a page at a time (bearer token or session).
import { assertCan } from "@/lib/auth/roles";
import { listVendorsForApi } from "@/lib/api/v1/data";
import { apiJson, parseQuery } from "@/lib/api/v1/respond";
import { pageQuerySchema, vendorListSchema } from "@/lib/api/v1/schemas";
import { withActor } from "@/lib/http";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = withActor(
  async (req, actor) => {
    assertCan(actor, "vendor:read");
    return apiJson(vendorListSchema, await listVendorsForApi(actor, parseQuery(pageQuerySchema, req)));
  },
  { bearer: true },
);
