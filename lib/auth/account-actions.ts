"use server";

import * as z from "zod";
import { authedAction } from "@/lib/action";
import { recordAudit } from "@/lib/audit/mutations";
import { signIn, unstable_update } from "./auth";
import { changePassword } from "./passwords";

// A person's own account. "vendor:read" is the permission every role has: these act only on the
// signed-in person themselves.

const changePasswordSchema = z.object({
  current: z.string().min(1, { error: "Enter your current password" }).max(1024),
  next: z.string().max(1024),
  confirm: z.string().max(1024),
});

export const changePasswordAction = authedAction("vendor:read", changePasswordSchema, async (input, actor) => {
  if (input.next !== input.confirm) return { ok: false as const, error: "The two new passwords differ." };
  const { email } = await changePassword(actor.userId, input.current, input.next);
  await recordAudit(actor, { action: "user.password_change", entityType: "User", entityId: actor.userId });
  // The change ended every session, this one too: sign this browser in again with the new password.
  await signIn("credentials", { email, password: input.next, redirectTo: "/account?changed=1" });
});

export const switchOrganisationAction = authedAction(
  "vendor:read",
  z.object({ tenantId: z.uuid() }),
  async ({ tenantId }) => {
    // The jwt callback (lib/auth/auth.ts) accepts the new organisation only for an active membership.
    await unstable_update({ tid: tenantId } as never);
    return { ok: true as const, message: "Switched." };
  },
);
