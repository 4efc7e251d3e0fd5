"use client";

import { useActionState } from "react";
import { completeResetAction, type LinkFormState } from "@/lib/auth/actions";
import { Field, FormError, Submit } from "../../password-fields";

export function ResetForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState<LinkFormState, FormData>(completeResetAction, {});
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="token" value={token} />
      <Field
        id="password"
        label="New password"
        type="password"
        autoComplete="new-password"
        hint="At least 12 characters. Your other sessions end."
      />
      <Field id="confirm" label="Repeat the password" type="password" autoComplete="new-password" />
      <FormError error={state.error} />
      <Submit pending={pending} label="Save and sign in" busy="Saving…" />
    </form>
  );
}
