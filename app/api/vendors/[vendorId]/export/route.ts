// GET /api/vendors/:vendorId/export?format=csv|xlsx|pdf — one vendor's gap register as a download.
import { assertCan } from "@/lib/auth/actor";
import { todayIso } from "@/lib/dates";
import { notFound } from "@/lib/errors";
import { exportResponse, parseFormat } from "@/lib/exports/respond";
import { loadGapReport } from "@/lib/exports/loaders";
import { withActor } from "@/lib/http";
import { isUuid } from "@/lib/vendors/data";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = withActor<{ params: Promise<{ vendorId: string }> }>(async (req, actor, ctx) => {
  assertCan(actor, "export:run");
  const { vendorId } = await ctx.params;
  const format = parseFormat(new URL(req.url).searchParams.get("format"));
  const report = isUuid(vendorId) ? await loadGapReport(actor, { vendorId, today: todayIso() }) : null;
  if (!report) throw notFound("That vendor");
  return exportResponse(actor, report, format);
});
