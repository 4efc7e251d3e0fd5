// POST /api/v1/vendors/:vendorId/documents — upload one evidence file (multipart field `file`,
// optional Idempotency-Key). The same path as the app's upload: size cap before the body is read,
// content sniffing, encryption at rest, audit, parse queue. 201 new, 200 replayed key.
import { NextResponse } from "next/server";
import { uploadDocumentFromRequest } from "@/lib/evidence/documents/upload-request";
import { withActor } from "@/lib/http";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const POST = withActor<{ params: Promise<{ vendorId: string }> }>(
  async (req, actor, ctx) => {
    const { vendorId } = await ctx.params;
    const { document, created } = await uploadDocumentFromRequest(actor, vendorId, req);
    return NextResponse.json({ document }, { status: created ? 201 : 200 });
  },
  { bearer: true },
);
