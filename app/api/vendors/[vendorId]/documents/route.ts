import { NextResponse } from "next/server";
import { uploadDocumentFromRequest } from "@/lib/evidence/documents/upload-request";
import { withActor } from "@/lib/http";

// The body is read by our own capped reader; never cache, always run on Node (crypto, fs, pg).
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Multipart `file`, optional `Idempotency-Key`: 201 for a new document, 200 for a replayed key. */
export const POST = withActor<{ params: Promise<{ vendorId: string }> }>(async (req, actor, ctx) => {
  const { vendorId } = await ctx.params;
  const { document, created } = await uploadDocumentFromRequest(actor, vendorId, req);
  return NextResponse.json({ document }, { status: created ? 201 : 200 });
});
