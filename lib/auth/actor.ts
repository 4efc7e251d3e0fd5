import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { AppError } from "@/lib/errors";
import { auth } from "./auth";
import { loadActor, type Actor } from "./load-actor";

export type { Actor, TenantId } from "./load-actor";

type SessionIds = { uid?: unknown; tid?: unknown; authTime?: unknown };

/**
 * The signed-in user as the database sees them now: loaded on every request, so a disabled user,
 * a revoked session or a removed membership stops working on the next request. Returns null when
 * there is no usable session. Fails closed: anything but well-formed ids is "not signed in".
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = (await auth()) as SessionIds | null;
  if (
    !session ||
    typeof session.uid !== "string" ||
    typeof session.tid !== "string" ||
    typeof session.authTime !== "number"
  ) {
    return null;
  }
  return loadActor({ uid: session.uid, tid: session.tid, authTime: session.authTime }, Date.now());
});

/** For pages: the actor, or a redirect to the login page. */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/login");
  return actor;
}

/** For actions and route handlers: the actor, or an UNAUTHENTICATED error. */
export async function requireActorOrThrow(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) throw new AppError("UNAUTHENTICATED", "Your session has ended. Sign in again.");
  return actor;
}
