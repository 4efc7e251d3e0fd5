"use client";

import { useActionState } from "react";
import { verifyMfaAction, type MfaCodeState } from "@/lib/auth/mfa/actions";
import { AltLink, Field, FormError, Submit } from "../../password-fields";

export function MfaCodeForm({ next }: { next: string }) {
  const [state, action, pending] = useActionState<MfaCodeState, FormData>(verifyMfaAction, {});
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="next" value={next} />
      <Field
        id="code"
        label="Code"
        inputMode="numeric"
        autoComplete="one-time-code"
        autoFocus
        code
        hint="Lost your phone? Enter one of your recovery codes instead."
      />
      <FormError error={state.error} />
      <Submit pending={pending} label="Verify" busy="Checking…" />
      <AltLink href="/login">Start again</AltLink>
    </form>
  );
}
