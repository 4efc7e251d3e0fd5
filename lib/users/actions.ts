"use server";

import { todayIso } from "@/lib/dates";
import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/action";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { changeRole, inviteUser, resetSignIn, setUserDisabled, type InviteResult } from "./mutations";
import { changeRoleSchema, inviteUserSchema, resetSignInSchema, setUserDisabledSchema } from "./schema";

// The same words whoever the address belongs to: an invitation never says whether it has an account (H1).
function linkMessage(result: InviteResult, email: string, what: string): string {
  return result.emailed
    ? `${what} was e-mailed to ${email}. It works once and expires on ${todayIso(result.expiresAt)}.`
    : `Give ${email} the link below (shown only once). It works once and expires on ${todayIso(result.expiresAt)}.`;
}

export const inviteUserAction = authedAction("user:manage", inviteUserSchema, async (input, actor) => {
  const result = await inviteUser(actor, input);
  revalidatePath("/settings/users");
  return { ok: true as const, data: result, message: linkMessage(result, input.email, "An invitation") };
});

export const resetSignInAction = authedAction("user:manage", resetSignInSchema, async (input, actor) => {
  const result = await resetSignIn(actor, input);
  return { ok: true as const, data: result, message: linkMessage(result, "them", "A new sign-in link") };
});

export const changeRoleAction = authedAction("user:manage", changeRoleSchema, async (input, actor) => {
  const { changed } = await changeRole(actor, input);
  revalidatePath("/settings/users");
  return {
    ok: true as const,
    message: changed
      ? `Role changed to ${ROLE_LABELS[input.role]}. Their open sessions were signed out.`
      : "Role unchanged.",
  };
});

export const setUserDisabledAction = authedAction("user:manage", setUserDisabledSchema, async (input, actor) => {
  const { changed } = await setUserDisabled(actor, input);
  revalidatePath("/settings/users");
  if (!changed) return { ok: true as const, message: "Nothing to change." };
  return {
    ok: true as const,
    message: input.disabled
      ? "Disabled. Their open sessions stop working on their next request."
      : "Enabled. They can sign in again.",
  };
});
