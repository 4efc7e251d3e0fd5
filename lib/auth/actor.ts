import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { AppError } from "@/lib/errors";
import { loadStanding, type Actor, type Standing } from "./load-actor";
import { readSessionClaims } from "./session-claims";
import type { SessionClaims } from "./session-policy";

export type { Actor, TenantId } from "./load-actor";

/**
 * Where this request's session stands, as the database sees it now: loaded on every request, so a
 * disabled user, a revoked session or a removed membership stops working on the next request.
 * Fails closed: anything but well-formed ids is "not signed in" (null).
 */
export const getStanding = cache(async (): Promise<Standing | null> => {
  const claims = await getSessionClaims();
  return claims ? loadStanding(claims, Date.now()) : null;
});

/** This request's session claims (signed, not yet checked against the database). */
export async function getSessionClaims(): Promise<SessionClaims | null> {
  return readSessionClaims();
}

/** The signed-in user, or null when there is no fully usable session (second factor included). */
export async function getActor(): Promise<Actor | null> {
  const standing = await getStanding();
  return standing?.kind === "ok" ? standing.actor : null;
}

/** Where a session that is not usable yet must go: the code page, enrolment, or sign-in. */
export function pathFor(standing: Standing | null): string {
  if (standing?.kind === "mfa") return "/login/mfa";
  if (standing?.kind === "enrol") return "/login/mfa/enrol";
  return "/login";
}

/** For pages: the actor, or a redirect to the next sign-in step. */
export async function requireActor(): Promise<Actor> {
  const standing = await getStanding();
  if (standing?.kind !== "ok") redirect(pathFor(standing));
  return standing.actor;
}

/** For actions and route handlers: the actor, or an UNAUTHENTICATED error. */
export async function requireActorOrThrow(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) throw new AppError("UNAUTHENTICATED", "Your session has ended. Sign in again.");
  return actor;
}

/** For enrolment only: the actor of a usable session or of one that must enrol before it is usable. */
export async function requireEnrollingActorOrThrow(): Promise<Actor> {
  const standing = await getStanding();
  if (standing?.kind === "ok" || standing?.kind === "enrol") return standing.actor;
  throw new AppError("UNAUTHENTICATED", "Your session has ended. Sign in again.");
}
