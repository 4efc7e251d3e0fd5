// GET /api/v1/vendors/:vendorId — one vendor (404 for another organisation's id, as for a missing one).
import { assertCan } from "@/lib/auth/roles";
import { getVendorForApi } from "@/lib/api/v1/data";
import { apiJson } from "@/lib/api/v1/respond";
import { vendorSchema } from "@/lib/api/v1/schemas";
import { notFound } from "@/lib/errors";
import { withActor } from "@/lib/http";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = withActor<{ params: Promise<{ vendorId: string }> }>(
  async (_req, actor, ctx) => {
    assertCan(actor, "vendor:read");
    const vendor = await getVendorForApi(actor, (await ctx.params).vendorId);
    if (!vendor) throw notFound("That vendor");
    return apiJson(vendorSchema, vendor);
  },
  { bearer: true },
);
