// GET /api/gaps/export?format=csv|xlsx|pdf&severity=…&status=…&owner=…&due=… — the tenant's gap register as a download.
import { assertCan } from "@/lib/auth/actor";
import { todayIso } from "@/lib/dates";
import { exportResponse, parseFormat } from "@/lib/exports/respond";
import { loadGapReport } from "@/lib/exports/loaders";
import { gapListQuerySchema } from "@/lib/gaps/schema";
import { withActor } from "@/lib/http";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = withActor(async (req, actor) => {
  assertCan(actor, "export:run");
  const params = new URL(req.url).searchParams;
  const format = parseFormat(params.get("format"));
  const filters = gapListQuerySchema.parse(Object.fromEntries(params));
  const report = await loadGapReport(actor, { filters, today: todayIso() });
  return exportResponse(actor, report!, format);
});
