"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/action";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { changeRole, inviteUser, setUserDisabled, type InviteResult } from "./mutations";
import { changeRoleSchema, inviteUserSchema, setUserDisabledSchema } from "./schema";

export const inviteUserAction = authedAction("user:manage", inviteUserSchema, async (input, actor) => {
  const result: InviteResult = await inviteUser(actor, input);
  revalidatePath("/settings/users");
  return {
    ok: true as const,
    data: result,
    message: result.created
      ? `${input.email} can now sign in with the one-time password below. It is shown only once.`
      : `${input.email} already had an Assay account and was added to this organisation. They sign in with their existing password.`,
  };
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
