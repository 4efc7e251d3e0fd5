"use server";

import { AuthError } from "next-auth";
import { revokeSessions } from "./mutations";
import { signIn, signOut } from "./auth";
import { getActor } from "./actor";
import { safeNextPath } from "./safe-next";
import { LOGIN_FAILED_MESSAGE } from "./messages";

import type { LoginState } from "./messages";

export async function loginAction(_prev: LoginState, form: FormData): Promise<LoginState> {
  const email = String(form.get("email") ?? "").slice(0, 254);
  const password = String(form.get("password") ?? "").slice(0, 1024);
  const next = safeNextPath(form.get("next"));
  if (!email || !password) return { error: "Enter your email and password.", email };
  try {
    await signIn("credentials", { email, password, redirectTo: next });
  } catch (err) {
    // On success signIn throws Next's redirect, which must propagate; only Auth.js errors are ours.
    if (err instanceof AuthError) return { error: LOGIN_FAILED_MESSAGE, email };
    throw err;
  }
  return {};
}

export async function signOutAction(): Promise<void> {
  const actor = await getActor();
  if (actor) await revokeSessions(actor);
  await signOut({ redirectTo: "/login" });
}
