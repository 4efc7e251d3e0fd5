import { recordAudit } from "@/lib/audit/mutations";
import { openDocumentDownload } from "@/lib/evidence/documents/download";
import { downloadResponse } from "@/lib/evidence/documents/download-response";
import { withActor } from "@/lib/http";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * The decrypted file as an attachment; audited before a byte is served (503 if the audit fails).
 * `?view=1` is the in-browser viewer's fetch (pdf.js, the text source): the same checks, audited as a view.
 */
export const GET = withActor<{ params: Promise<{ documentId: string }> }>(async (req, actor, ctx) => {
  const { documentId } = await ctx.params;
  const view = new URL(req.url).searchParams.get("view") === "1";
  return downloadResponse(
    await openDocumentDownload(
      actor,
      documentId,
      view ? { audit: (a, event) => recordAudit(a, { ...event, action: "document.view" }) } : {},
    ),
  );
});
