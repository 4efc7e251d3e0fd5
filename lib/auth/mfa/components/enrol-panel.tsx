"use client";

import { useActionState, useState, useTransition } from "react";
import { beginEnrolmentAction, confirmEnrolmentAction, type EnrolState } from "../actions";

const inputClass =
  "mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 font-mono tracking-widest shadow-sm focus:border-indigo-500";
const buttonClass =
  "rounded-md bg-indigo-600 px-4 py-2 text-sm font-medium text-white hover:bg-indigo-500 disabled:opacity-60";

/**
 * Turning on two-step sign-in: a new secret (shown as text and as the otpauth:// link an
 * authenticator app reads), a code to prove the app has it, then the recovery codes, shown once.
 */
export function EnrolPanel({ doneHref }: { doneHref?: string }) {
  const [started, setStarted] = useState<EnrolState | null>(null);
  const [starting, startTransition] = useTransition();
  const [state, confirm, confirming] = useActionState<EnrolState, FormData>(confirmEnrolmentAction, {});
  const shown = state.secret ? state : started;

  if (state.recoveryCodes) {
    return (
      <div className="space-y-3 text-sm">
        <p role="status" className="rounded-md bg-green-50 p-2 text-green-900">
          Two-step sign-in is on.
        </p>
        <p>
          Keep these recovery codes somewhere safe. Each one signs you in once if you lose your phone. They are not
          shown again.
        </p>
        <ul data-testid="recovery-codes" className="grid grid-cols-2 gap-1 rounded-md bg-slate-50 p-3 font-mono">
          {state.recoveryCodes.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
        {doneHref ? (
          <a href={doneHref} className={`inline-block ${buttonClass}`}>
            Continue
          </a>
        ) : null}
      </div>
    );
  }
  if (!shown?.secret) {
    return (
      <div className="space-y-2 text-sm">
        {started?.error ? (
          <p role="alert" className="text-red-700">
            {started.error}
          </p>
        ) : null}
        <button
          type="button"
          disabled={starting}
          className={buttonClass}
          onClick={() => startTransition(async () => setStarted(await beginEnrolmentAction()))}
        >
          {starting ? "Preparing…" : "Set up two-step sign-in"}
        </button>
      </div>
    );
  }
  return (
    <form action={confirm} className="space-y-3 text-sm" noValidate>
      <p>
        Add this key to an authenticator app (for example by pasting the link into it), then enter the 6-digit code it
        shows.
      </p>
      <p>
        Key:{" "}
        <code data-testid="totp-secret" className="break-all rounded bg-slate-100 px-1 font-mono">
          {shown.secret}
        </code>
      </p>
      <p className="break-all text-xs text-slate-600">
        Link: <code data-testid="totp-uri">{shown.uri}</code>
      </p>
      <input type="hidden" name="secret" value={shown.secret} />
      <input type="hidden" name="uri" value={shown.uri} />
      <div>
        <label htmlFor="enrol-code" className="block font-medium text-slate-700">
          Code from the app
        </label>
        <input
          id="enrol-code"
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          required
          className={inputClass}
        />
      </div>
      {state.error ? (
        <p role="alert" className="text-red-700">
          {state.error}
        </p>
      ) : null}
      <button type="submit" disabled={confirming} className={buttonClass}>
        {confirming ? "Checking…" : "Turn on"}
      </button>
    </form>
  );
}
