"use client";

import { useState, useTransition } from "react";
import { setRequireMfaAction } from "@/lib/auth/mfa/actions";

export function RequireMfaForm({ required }: { required: boolean }) {
  const [on, setOn] = useState(required);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  function toggle() {
    startTransition(async () => {
      const r = await setRequireMfaAction({ required: on ? "off" : "on" });
      if (r.ok) setOn(!on);
      setMessage(r.ok ? { ok: true, text: r.message ?? "Saved." } : { ok: false, text: r.error });
    });
  }
  return (
    <div className="mt-3 space-y-2 text-sm">
      <p data-testid="require-mfa-status">{on ? "Required for every member." : "Optional."}</p>
      <button
        type="button"
        onClick={toggle}
        disabled={pending}
        className="rounded-md bg-indigo-600 px-4 py-2 font-medium text-white hover:bg-indigo-500 disabled:opacity-60"
      >
        {on ? "Make it optional" : "Require two-step sign-in"}
      </button>
      {message ? (
        <p role={message.ok ? "status" : "alert"} className={message.ok ? "text-green-800" : "text-red-700"}>
          {message.text}
        </p>
      ) : null}
    </div>
  );
}
