import { assertSameOrigin, errorResponse } from "@/lib/http";
import { startSso } from "@/lib/auth/sso/start";

// A plain form POST answered with a 303, so the browser itself goes on to the identity provider.
// (A server action's redirect to another origin is a navigation Next starts from script; on a busy
// machine it was superseded and the page stayed where it was: docs/decisions/053.)
export async function POST(req: Request): Promise<Response> {
  try {
    assertSameOrigin(req);
  } catch (err) {
    return errorResponse(err);
  }
  const form = await req.formData().catch(() => null);
  const email = String(form?.get("email") ?? "").slice(0, 254);
  const result = await startSso(email);
  if ("location" in result) return seeOther(result.location);
  const back = new URLSearchParams({ error: result.error });
  if (email.trim()) back.set("email", email.trim());
  return seeOther(`/login/sso?${back}`);
}

/** The browser follows a 303 with a GET; a relative address keeps whatever host the request came through. */
function seeOther(location: string): Response {
  return new Response(null, { status: 303, headers: { location, "cache-control": "no-store" } });
}
