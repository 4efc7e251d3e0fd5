"use client";

import { useActionState } from "react";
import { startSsoAction, type SsoStartState } from "@/lib/auth/sso/actions";

export function SsoForm() {
  const [state, action, pending] = useActionState<SsoStartState, FormData>(startSsoAction, {});
  return (
    <form action={action} className="space-y-4" noValidate>
      <div>
        <label htmlFor="sso-email" className="block text-sm font-medium text-slate-700">
          Work email
        </label>
        <input
          id="sso-email"
          name="email"
          type="email"
          autoComplete="username"
          required
          autoFocus
          defaultValue={state.email}
          className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 shadow-sm focus:border-indigo-500"
        />
      </div>
      {state.error ? (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {state.error}
        </p>
      ) : null}
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-md bg-indigo-600 px-4 py-2 font-medium text-white hover:bg-indigo-500 disabled:opacity-60"
      >
        {pending ? "Redirecting…" : "Continue with single sign-on"}
      </button>
      <p className="text-center text-sm">
        <a href="/login" className="text-indigo-700 hover:underline">
          Sign in with a password instead
        </a>
      </p>
    </form>
  );
}
