"use server";

import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { endSession } from "./sign-out";
import { signIn, signOut } from "./auth";
import { getSessionClaims } from "./actor";
import { safeNextPath } from "./safe-next";
import { LOGIN_FAILED_MESSAGE } from "./messages";
import { AppError } from "@/lib/errors";
import { acceptInvitation } from "./invitations";
import { completeSetup } from "./setup";
import { completePasswordReset, requestPasswordReset } from "./passwords";

import type { LoginState } from "./messages";

export async function loginAction(_prev: LoginState, form: FormData): Promise<LoginState> {
  const email = String(form.get("email") ?? "").slice(0, 254);
  const password = String(form.get("password") ?? "").slice(0, 1024);
  const next = safeNextPath(form.get("next"));
  if (!email || !password) return { error: "Enter your email and password.", email };
  try {
    // Through the sign-in page, which sends a session that still needs its second factor on to it.
    await signIn("credentials", { email, password, redirectTo: `/login?next=${encodeURIComponent(next)}` });
  } catch (err) {
    // On success signIn throws Next's redirect, which must propagate; only Auth.js errors are ours.
    if (err instanceof AuthError) return { error: LOGIN_FAILED_MESSAGE, email };
    throw err;
  }
  return {};
}

export async function signOutAction(): Promise<void> {
  // Revoked here first so that a database failure fails the sign-out visibly; Auth.js's signOut
  // event (lib/auth/auth.ts) then finds it already revoked and records nothing twice.
  await endSession(await getSessionClaims());
  await signOut({ redirectTo: "/login" });
}

export type LinkFormState = { error?: string };

/**
 * The invitee's side of an invitation or reset link (public: the token is the credential). On
 * success the person is signed in with the password they just chose or confirmed.
 */
export async function acceptInvitationAction(_prev: LinkFormState, form: FormData): Promise<LinkFormState> {
  const token = String(form.get("token") ?? "");
  const password = String(form.get("password") ?? "").slice(0, 1024);
  const confirm = form.get("confirm");
  if (confirm !== null && String(confirm) !== password) return { error: "The two passwords differ." };
  let email: string;
  try {
    ({ email } = await acceptInvitation(token, { name: String(form.get("name") ?? ""), password }));
  } catch (err) {
    if (err instanceof AppError) return { error: err.message };
    throw err;
  }
  try {
    await signIn("credentials", { email, password, redirectTo: "/dashboard" });
  } catch (err) {
    if (err instanceof AuthError) redirect("/login");
    throw err;
  }
  return {};
}

/** What the setup form shows again after a refusal (React resets a form after its action). */
export type SetupFormState = LinkFormState & {
  values?: { token: string; orgName: string; adminName: string; adminEmail: string };
};

/** The first-run setup page (public: the setup token printed in the terminal is the credential). */
export async function setupAction(_prev: SetupFormState, form: FormData): Promise<SetupFormState> {
  const text = (key: string) => String(form.get(key) ?? "").slice(0, 1024);
  const values = {
    token: text("token").trim(),
    orgName: text("orgName"),
    adminName: text("adminName"),
    adminEmail: text("adminEmail"),
  };
  const password = text("password");
  if (text("confirm") !== password) return { error: "The two passwords differ.", values };
  let email: string;
  try {
    ({ email } = await completeSetup(values.token, {
      orgName: values.orgName,
      adminName: values.adminName,
      adminEmail: values.adminEmail,
      password,
    }));
  } catch (err) {
    if (err instanceof AppError) return { error: err.message, values };
    throw err;
  }
  await signIn("credentials", { email, password, redirectTo: "/dashboard" });
  return {};
}

export type ForgotState = { sent?: boolean };

/** "Forgot password" (public): the same answer whether or not the address has an account. */
export async function requestResetAction(_prev: ForgotState, form: FormData): Promise<ForgotState> {
  await requestPasswordReset(String(form.get("email") ?? ""));
  return { sent: true };
}

/** The page an e-mailed reset link opens (public: the token is the credential). */
export async function completeResetAction(_prev: LinkFormState, form: FormData): Promise<LinkFormState> {
  const password = String(form.get("password") ?? "").slice(0, 1024);
  if (String(form.get("confirm") ?? "") !== password) return { error: "The two passwords differ." };
  let email: string;
  try {
    ({ email } = await completePasswordReset(String(form.get("token") ?? ""), password));
  } catch (err) {
    if (err instanceof AppError) return { error: err.message };
    throw err;
  }
  try {
    await signIn("credentials", { email, password, redirectTo: "/dashboard" });
  } catch (err) {
    if (err instanceof AuthError) redirect("/login");
    throw err;
  }
  return {};
}
