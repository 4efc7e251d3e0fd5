"use client";

import { useActionState } from "react";
import { requestResetAction, type ForgotState } from "@/lib/auth/actions";
import { Field, Submit } from "../password-fields";

export function ForgotForm() {
  const [state, action, pending] = useActionState<ForgotState, FormData>(requestResetAction, {});
  if (state.sent)
    return (
      <p role="status" className="text-sm text-slate-700">
        If that address has an Assay account, a link to choose a new password is on its way. It works once, for an hour.
      </p>
    );
  return (
    <form action={action} className="space-y-4" noValidate>
      <Field id="email" label="Email" type="email" autoComplete="username" />
      <Submit pending={pending} label="E-mail me a link" busy="Sending…" />
    </form>
  );
}
