"use client";

import { useState, useTransition } from "react";
import { turnOffMfaAction } from "../actions";

export function TurnOffForm() {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const code = new FormData(event.currentTarget).get("code");
    startTransition(async () => {
      const r = await turnOffMfaAction({ code });
      setMessage(r.ok ? { ok: true, text: r.message ?? "Done." } : { ok: false, text: r.error });
    });
  }
  return (
    <form onSubmit={submit} noValidate className="mt-3 flex flex-wrap items-end gap-2 text-sm">
      <div>
        <label htmlFor="off-code" className="block font-medium text-slate-700">
          Code (or a recovery code) to turn it off
        </label>
        <input
          id="off-code"
          name="code"
          autoComplete="one-time-code"
          className="mt-1 rounded-md border border-slate-300 px-2 py-1.5 font-mono"
        />
      </div>
      <button
        type="submit"
        disabled={pending}
        className="rounded-md border border-slate-300 px-3 py-1.5 hover:bg-slate-50 disabled:opacity-60"
      >
        Turn off
      </button>
      {message ? (
        <p role={message.ok ? "status" : "alert"} className={message.ok ? "text-green-800" : "text-red-700"}>
          {message.text}
        </p>
      ) : null}
    </form>
  );
}
