// GET /api/documents/:documentId/pages/:page — one page of a PDF as an image (the kept WebP, else
// drawn as PNG), for the facts view. Audited as a view, also when the browser's copy is current (304).
import { pageImageResponse } from "@/lib/evidence/page-images/page-response";
import { withActor } from "@/lib/http";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = withActor<{ params: Promise<{ documentId: string; page: string }> }>(async (req, actor, ctx) => {
  const { documentId, page } = await ctx.params;
  return pageImageResponse(actor, documentId, page, { ifNoneMatch: req.headers.get("if-none-match") });
});
