"use client";

import { useActionState } from "react";
import { acceptInvitationAction, type LinkFormState } from "@/lib/auth/actions";
import { Field, FormError, Submit } from "../../password-fields";

type Mode = "create" | "confirm" | "reset";

export function InviteAcceptForm({
  token,
  email,
  name,
  mode,
}: {
  token: string;
  email: string;
  name: string;
  mode: Mode;
}) {
  const [state, action, pending] = useActionState<LinkFormState, FormData>(acceptInvitationAction, {});
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="email" value={email} autoComplete="username" />
      {mode === "create" ? <Field id="name" label="Your name" autoComplete="name" defaultValue={name} /> : null}
      {mode === "confirm" ? (
        <Field
          id="password"
          label="Your Assay password"
          type="password"
          autoComplete="current-password"
          hint="You already use Assay with this address: confirm with your password to join."
        />
      ) : (
        <>
          <Field
            id="password"
            label="Choose a password"
            type="password"
            autoComplete="new-password"
            hint="At least 12 characters."
          />
          <Field id="confirm" label="Repeat the password" type="password" autoComplete="new-password" />
        </>
      )}
      <FormError error={state.error} />
      <Submit pending={pending} label={mode === "reset" ? "Save and sign in" : "Join and sign in"} busy="Saving…" />
    </form>
  );
}
