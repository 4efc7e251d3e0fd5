"use client";

import { useActionState } from "react";
import { setupAction, type SetupFormState } from "@/lib/auth/actions";
import { Field, FormError, Submit } from "../password-fields";

export function SetupForm() {
  const [state, action, pending] = useActionState<SetupFormState, FormData>(setupAction, {});
  // Shown again after a refusal: only the passwords are asked for twice.
  const v = state.values;
  return (
    <form action={action} className="space-y-4" noValidate>
      <Field id="token" label="Setup token" autoComplete="off" defaultValue={v?.token} />
      <Field id="orgName" label="Organisation name" autoComplete="organization" defaultValue={v?.orgName} />
      <Field id="adminName" label="Your name" autoComplete="name" defaultValue={v?.adminName} />
      <Field id="adminEmail" label="Your email" type="email" autoComplete="username" defaultValue={v?.adminEmail} />
      <Field
        id="password"
        label="Choose a password"
        type="password"
        autoComplete="new-password"
        hint="At least 12 characters."
      />
      <Field id="confirm" label="Repeat the password" type="password" autoComplete="new-password" />
      <FormError error={state.error} />
      <Submit pending={pending} label="Create organisation" busy="Creating…" />
    </form>
  );
}
