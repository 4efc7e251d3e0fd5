"use server";

import { redirect } from "next/navigation";
import * as z from "zod";
import { authedAction } from "@/lib/action";
import { AppError } from "@/lib/errors";
import { getStanding, requireEnrollingActorOrThrow } from "../actor";
import { unstable_update } from "../auth";
import { safeNextPath } from "../safe-next";
import { beginEnrolment, confirmEnrolment, turnOffMfa } from "./enrol";
import { setRequireMfa } from "./mutations";

export type MfaCodeState = { error?: string };

/**
 * The sign-in's second step (public: the pending session is the credential). The code itself is
 * checked in the session's jwt callback (lib/auth/auth.ts), the one place that may mark a session
 * verified; this only hands it over and reads the outcome.
 */
export async function verifyMfaAction(_prev: MfaCodeState, form: FormData): Promise<MfaCodeState> {
  const code = String(form.get("code") ?? "").slice(0, 64);
  const next = safeNextPath(form.get("next"));
  const standing = await getStanding();
  if (standing?.kind !== "mfa") redirect("/login");
  if (!code.trim()) return { error: "Enter the code from your authenticator app." };
  const session = (await unstable_update({ mfaCode: code } as never)) as { mfa?: unknown } | null;
  if (session?.mfa !== "verified")
    return {
      error: "That code is not right, or was already used. After 5 wrong tries the account is locked for 15 minutes.",
    };
  redirect(`/login?next=${encodeURIComponent(next)}`);
}

export type EnrolState = { error?: string; secret?: string; uri?: string; recoveryCodes?: string[] };

/** Enrolment, step one (public: a usable session, or one its organisation sends to enrol). */
export async function beginEnrolmentAction(): Promise<EnrolState> {
  const actor = await requireEnrollingActorOrThrow();
  try {
    return await beginEnrolment(actor);
  } catch (err) {
    if (err instanceof AppError) return { error: err.message };
    throw err;
  }
}

/** Enrolment, step two: a code from the app turns MFA on; the recovery codes come back once. */
export async function confirmEnrolmentAction(_prev: EnrolState, form: FormData): Promise<EnrolState> {
  const actor = await requireEnrollingActorOrThrow();
  try {
    const { recoveryCodes } = await confirmEnrolment(actor, String(form.get("code") ?? "").slice(0, 16));
    return { recoveryCodes };
  } catch (err) {
    if (err instanceof AppError)
      return { error: err.message, secret: String(form.get("secret") ?? ""), uri: String(form.get("uri") ?? "") };
    throw err;
  }
}

export const turnOffMfaAction = authedAction(
  "vendor:read",
  z.object({ code: z.string().trim().min(1, { error: "Enter a code" }).max(64) }),
  async ({ code }, actor) => {
    await turnOffMfa(actor, code);
    return { ok: true as const, message: "Two-step sign-in is off." };
  },
);

export const setRequireMfaAction = authedAction(
  "user:manage",
  z.object({ required: z.enum(["on", "off"]) }),
  async ({ required }, actor) => {
    await setRequireMfa(actor, required === "on");
    return {
      ok: true as const,
      message:
        required === "on"
          ? "Members without two-step sign-in will set it up when they next sign in."
          : "Two-step sign-in is optional.",
    };
  },
);
