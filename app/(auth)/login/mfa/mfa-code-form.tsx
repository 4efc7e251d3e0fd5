"use client";

import { useActionState } from "react";
import { verifyMfaAction, type MfaCodeState } from "@/lib/auth/mfa/actions";

export function MfaCodeForm({ next }: { next: string }) {
  const [state, action, pending] = useActionState<MfaCodeState, FormData>(verifyMfaAction, {});
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="next" value={next} />
      <div>
        <label htmlFor="code" className="block text-sm font-medium text-slate-700">
          Code
        </label>
        <input
          id="code"
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          required
          autoFocus
          className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 font-mono tracking-widest shadow-sm focus:border-indigo-500"
        />
        <p className="mt-1 text-xs text-slate-500">Lost your phone? Enter one of your recovery codes instead.</p>
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
        {pending ? "Checking…" : "Verify"}
      </button>
      <p className="text-center text-sm">
        <a href="/login" className="text-indigo-700 hover:underline">
          Start again
        </a>
      </p>
    </form>
  );
}
