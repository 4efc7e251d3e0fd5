// GET /api/gaps/export?format=csv|xlsx|pdf&q=…&vendor=…&severity=…&status=…&owner=…&due=… — the tenant's gap
// register as a download, with the register's filters (no status = every status; lib/exports/filters.ts).
import { assertCan } from "@/lib/auth/roles";
import { todayIso } from "@/lib/dates";
import { exportResponse, parseFormat } from "@/lib/exports/respond";
import { loadGapReport } from "@/lib/exports/loaders";
import { parseExportFilters } from "@/lib/exports/filters";
import { withActor } from "@/lib/http";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = withActor(async (req, actor) => {
  assertCan(actor, "export:run");
  const params = new URL(req.url).searchParams;
  const format = parseFormat(params.get("format"));
  const filters = parseExportFilters(params);
  const report = await loadGapReport(actor, { filters, today: todayIso() });
  return exportResponse(actor, report!, format);
});
