"use client";

import { useActionState } from "react";
import { loginAction } from "@/lib/auth/actions";
import type { LoginState } from "@/lib/auth/messages";
import { AltLink, Field, FormError, Submit } from "../password-fields";

export function LoginForm({ next }: { next: string }) {
  const [state, action, pending] = useActionState<LoginState, FormData>(loginAction, {});
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="next" value={next} />
      <Field id="email" label="Email" type="email" autoComplete="username" autoFocus defaultValue={state.email} />
      <Field id="password" label="Password" type="password" autoComplete="current-password" />
      <FormError error={state.error} testId="login-error" />
      <Submit pending={pending} label="Sign in" busy="Signing in…" />
      <AltLink href="/forgot">Forgot your password?</AltLink>
    </form>
  );
}
