import { continuePage } from "@/lib/auth/sso/continue-page";
import { assertSameOrigin, errorResponse } from "@/lib/http";
import { startSso } from "@/lib/auth/sso/start";
import { readSmallForm } from "@/lib/small-form";

// A plain form POST, so starting single sign-on never hangs on this page's script (a server action's
// redirect to another origin was a 303 the page's own policy refused when the form was sent before the
// script had loaded, and the person was left on this page: docs/decisions/053).
export async function POST(req: Request): Promise<Response> {
  try {
    assertSameOrigin(req);
    const email = ((await readSmallForm(req)).get("email") ?? "").slice(0, 254);
    const result = await startSso(email);
    if ("location" in result && /^(https?:\/\/|\/(?!\/))/i.test(result.location)) {
      return new Response(continuePage(result.location), {
        headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" },
      });
    }
    // Back to the form (same origin, which the policy allows after a POST), saying why.
    const back = new URLSearchParams({ error: "error" in result ? result.error : "not-set-up" });
    if (email.trim()) back.set("email", email.trim());
    return new Response(null, {
      status: 303,
      headers: { location: `/login/sso?${back}`, "cache-control": "no-store" },
    });
  } catch (err) {
    return errorResponse(err);
  }
}
