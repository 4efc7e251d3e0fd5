import "server-only";
import { readCapped } from "@/lib/evidence/uploads/read-capped";

/**
 * A small URL-encoded form's fields (a sign-in page's POST), read through the capped reader like every body a route
 * reads: more than `cap` bytes is refused (PAYLOAD_TOO_LARGE) before it is buffered. Another content type gives no
 * fields.
 */
export async function readSmallForm(req: Request, cap = 8 * 1024): Promise<URLSearchParams> {
  const type = req.headers.get("content-type") ?? "";
  if (!req.body || !/^application\/x-www-form-urlencoded\b/i.test(type)) return new URLSearchParams();
  return new URLSearchParams(new TextDecoder().decode(await readCapped(req.body, cap)));
}
