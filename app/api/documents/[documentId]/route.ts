import { openDocumentDownload } from "@/lib/evidence/documents/download";
import { downloadResponse } from "@/lib/evidence/documents/download-response";
import { withActor } from "@/lib/http";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The decrypted file as an attachment; audited before a byte is served (503 if the audit fails). */
export const GET = withActor<{ params: Promise<{ documentId: string }> }>(async (_req, actor, ctx) => {
  const { documentId } = await ctx.params;
  return downloadResponse(await openDocumentDownload(actor, documentId));
});
