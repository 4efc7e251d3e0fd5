// GET /api/v1/services?vendor= — the services the organisation buys from its vendors.
import { assertCan } from "@/lib/auth/roles";
import { listServicesForApi } from "@/lib/api/v1/data";
import { apiJson, parseQuery } from "@/lib/api/v1/respond";
import { serviceListSchema, vendorFilterQuerySchema } from "@/lib/api/v1/schemas";
import { withActor } from "@/lib/http";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = withActor(
  async (req, actor) => {
    assertCan(actor, "vendor:read");
    return apiJson(serviceListSchema, await listServicesForApi(actor, parseQuery(vendorFilterQuerySchema, req)));
  },
  { bearer: true },
);
