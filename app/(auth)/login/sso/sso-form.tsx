"use client";

import { useEffect, useState } from "react";
import { AltLink, Field, FormError, Submit } from "../../password-fields";

/**
 * A plain form POST (no server action): the route answers with a 303 to the identity provider, a
 * navigation the browser makes itself, with or without this page's script.
 */
export function SsoForm({ error, email }: { error?: string; email?: string }) {
  const [pending, setPending] = useState(false);
  // Back from the provider's page (the browser's page cache keeps this one as it was): ready again.
  useEffect(() => {
    const ready = (e: PageTransitionEvent) => e.persisted && setPending(false);
    window.addEventListener("pageshow", ready);
    return () => window.removeEventListener("pageshow", ready);
  }, []);
  return (
    <form method="post" action="/login/sso/start" onSubmit={() => setPending(true)} className="space-y-4" noValidate>
      <Field
        id="sso-email"
        name="email"
        label="Work email"
        type="email"
        autoComplete="username"
        autoFocus
        defaultValue={email}
      />
      <FormError error={error} />
      <Submit pending={pending} label="Continue with single sign-on" busy="Redirecting…" />
      <AltLink href="/login">Sign in with a password instead</AltLink>
    </form>
  );
}
