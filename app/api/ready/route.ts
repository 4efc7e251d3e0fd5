import { NextResponse } from "next/server";
import { checkReadiness } from "@/lib/observability/readiness";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * Readiness: 200 when this instance can serve (database reachable, migrations current, storage
 * reachable, queue running), 503 otherwise or while stopping. The body names only which check
 * failed, never an error message, host or version.
 */
export async function GET() {
  const report = await checkReadiness();
  return NextResponse.json(report, {
    status: report.status === "ready" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
