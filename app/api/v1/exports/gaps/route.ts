// GET /api/v1/exports/gaps?format=csv|xlsx|pdf&(gap filters) — the register as a file, audited as an export.
import { assertCan } from "@/lib/auth/roles";
import { parseQuery } from "@/lib/api/v1/respond";
import { exportQuerySchema } from "@/lib/api/v1/schemas";
import { todayIso } from "@/lib/dates";
import { loadGapReport } from "@/lib/exports/loaders";
import { exportResponse } from "@/lib/exports/respond";
import { withActor } from "@/lib/http";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = withActor(
  async (req, actor) => {
    assertCan(actor, "export:run");
    const { format, ...filters } = parseQuery(exportQuerySchema, req);
    const report = await loadGapReport(actor, { filters, today: todayIso() });
    return exportResponse(actor, report!, format);
  },
  { bearer: true },
);
