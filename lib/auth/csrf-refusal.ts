import "server-only";
import { clientIp, clientIpConfig } from "./client-ip";
import { throttlePolicy } from "./ip-throttle";
import { recordAttempt } from "./mutations";
import { csrfRefused } from "./sign-in-events";

/**
 * Whether Auth.js refused this POST for its CSRF token: it then sends the browser to the sign-in
 * page with error=MissingCSRF (in Location, or in a JSON { url } when the client asked for one), and
 * answers a refused POST /api/auth/session with a bare 400 (the only error that escapes that action).
 */
export async function refusedForCsrf(req: Request, res: Response): Promise<boolean> {
  const action = authAction(req);
  if (action === "session" && res.status === 400) return true;
  let location = res.headers.get("location");
  if (!location && req.headers.has("x-auth-return-redirect") && res.ok) {
    location = await res
      .clone()
      .json()
      .then((b: { url?: unknown }) => (typeof b?.url === "string" ? b.url : null))
      .catch(() => null);
  }
  if (!location) return false;
  try {
    return new URL(location, "http://assay.invalid").searchParams.get("error") === "MissingCSRF";
  } catch {
    return false;
  }
}

/** "signout" for /api/auth/signout, "callback" for /api/auth/callback/credentials, … */
export function authAction(req: Request): string {
  return new URL(req.url).pathname.split("/api/auth/")[1]?.split("/")[0] ?? "";
}

/**
 * Records a CSRF refusal in the instance's audit record. Counted per address in the throttle's
 * table and window: the first maxFailures refusals of a window are recorded, the last of them
 * saying that further ones are not, so a flood of forged posts cannot flood the trail.
 */
export async function recordCsrfRefusal(req: Request, now = new Date()): Promise<void> {
  try {
    const policy = throttlePolicy();
    const ip = clientIp(req.headers, clientIpConfig());
    const state = await recordAttempt(`csrf:${ip ?? "unknown"}`, now, policy);
    if (state.failures <= policy.maxFailures)
      await csrfRefused(ip, authAction(req), state.failures === policy.maxFailures);
  } catch (err) {
    console.error("[audit] could not record a CSRF refusal", err);
  }
}
