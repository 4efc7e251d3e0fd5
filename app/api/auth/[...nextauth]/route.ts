// GET/POST /api/auth/* — Auth.js's own endpoints (CSRF-protected by Auth.js).
import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/auth";
import { forAuthHandler } from "@/lib/auth/request-origin";

// Auth.js's callback must see the origin its sign-in started from (see lib/auth/request-origin.ts).
export async function GET(req: NextRequest) {
  return handlers.GET(await forAuthHandler(req));
}
export async function POST(req: NextRequest) {
  return handlers.POST(await forAuthHandler(req));
}
