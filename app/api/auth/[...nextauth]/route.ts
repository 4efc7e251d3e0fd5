// GET/POST /api/auth/* — Auth.js's own endpoints (CSRF-protected by Auth.js).
import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/auth";
import { recordCsrfRefusal, refusedForCsrf } from "@/lib/auth/csrf-refusal";
import { forAuthHandler } from "@/lib/auth/request-origin";

// Auth.js's callback must see the origin its sign-in started from (see lib/auth/request-origin.ts).
export async function GET(req: NextRequest) {
  return handlers.GET(await forAuthHandler(req));
}
export async function POST(req: NextRequest) {
  const res = await handlers.POST(await forAuthHandler(req));
  // A refused CSRF token goes to the audit trail (docs/decisions/025); the answer stays Auth.js's.
  if (await refusedForCsrf(req, res)) await recordCsrfRefusal(req);
  return res;
}
