import { NextResponse } from "next/server";
import { getDocumentStatus } from "@/lib/evidence/documents/status";
import { withActor } from "@/lib/http";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** `{ parseStatus, kind, parseError }` for the upload progress poll. */
export const GET = withActor<{ params: Promise<{ documentId: string }> }>(async (_req, actor, ctx) => {
  const { documentId } = await ctx.params;
  return NextResponse.json(await getDocumentStatus(actor, documentId), { headers: { "Cache-Control": "no-store" } });
});
