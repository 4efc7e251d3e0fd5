"use client";

import { useState, useTransition } from "react";
import { changePasswordAction } from "@/lib/auth/account-actions";

const inputClass =
  "mt-1 w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm focus:border-indigo-500 focus:outline-none focus:ring-1 focus:ring-indigo-500";

export function PasswordForm() {
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(async () => {
      const result = await changePasswordAction({
        current: data.get("current"),
        next: data.get("next"),
        confirm: data.get("confirm"),
      });
      if (result && !result.ok) setError(result.error);
    });
  }
  const field = (id: string, label: string, autoComplete: string) => (
    <div>
      <label htmlFor={`pw-${id}`} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <input id={`pw-${id}`} name={id} type="password" autoComplete={autoComplete} required className={inputClass} />
    </div>
  );
  return (
    <form onSubmit={submit} noValidate className="mt-4 space-y-3">
      {field("current", "Current password", "current-password")}
      {field("next", "New password (at least 12 characters)", "new-password")}
      {field("confirm", "Repeat the new password", "new-password")}
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-indigo-600 px-4 py-2 text-sm font-medium text-white hover:bg-indigo-500 disabled:opacity-60"
      >
        {pending ? "Saving…" : "Change password"}
      </button>
    </form>
  );
}
