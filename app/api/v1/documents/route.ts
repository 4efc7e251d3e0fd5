// GET /api/v1/documents?vendor= — evidence documents and their parse status, newest first.
import { assertCan } from "@/lib/auth/roles";
import { listDocumentsForApi } from "@/lib/api/v1/data";
import { apiJson, parseQuery } from "@/lib/api/v1/respond";
import { documentListSchema, vendorFilterQuerySchema } from "@/lib/api/v1/schemas";
import { withActor } from "@/lib/http";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = withActor(
  async (req, actor) => {
    assertCan(actor, "vendor:read");
    return apiJson(documentListSchema, await listDocumentsForApi(actor, parseQuery(vendorFilterQuerySchema, req)));
  },
  { bearer: true },
);
