// GET /api/documents/:documentId/pages/:page — one page of a PDF as PNG, for the facts view. Audited as a view.
import { pageImageResponse } from "@/lib/evidence/page-images/page-response";
import { withActor } from "@/lib/http";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = withActor<{ params: Promise<{ documentId: string; page: string }> }>(async (_req, actor, ctx) => {
  const { documentId, page } = await ctx.params;
  return pageImageResponse(actor, documentId, page);
});
