"use client";

import { useActionState } from "react";
import { startSsoAction, type SsoStartState } from "@/lib/auth/sso/actions";
import { AltLink, Field, FormError, Submit } from "../../password-fields";

export function SsoForm() {
  const [state, action, pending] = useActionState<SsoStartState, FormData>(startSsoAction, {});
  return (
    <form action={action} className="space-y-4" noValidate>
      <Field
        id="sso-email"
        name="email"
        label="Work email"
        type="email"
        autoComplete="username"
        autoFocus
        defaultValue={state.email}
      />
      <FormError error={state.error} />
      <Submit pending={pending} label="Continue with single sign-on" busy="Redirecting…" />
      <AltLink href="/login">Sign in with a password instead</AltLink>
    </form>
  );
}
