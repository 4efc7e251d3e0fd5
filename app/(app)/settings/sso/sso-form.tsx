"use client";

import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/action";
import { ROLE_LABELS, ROLES } from "@/lib/auth/roles";
import { saveSsoAction } from "@/lib/auth/sso/actions";

const inputClass =
  "mt-1 w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm focus:border-indigo-500 focus:outline-none focus:ring-1 focus:ring-indigo-500";

export type SsoFormValues = {
  issuer: string;
  clientId: string;
  allowedDomains: string[];
  defaultRole: string;
  enabled: boolean;
  hasSecret: boolean;
};

/**
 * Submitted by hand, not as `<form action>`: React resets a form after its action, which blanked the
 * fields the admin had just saved (and wiped their input when the save was refused).
 */
export function SsoForm({ values, callbackUrl }: { values: SsoFormValues; callbackUrl: string }) {
  const [state, setState] = useState<ActionResult<unknown>>({ ok: true });
  const [hasSecret, setHasSecret] = useState(values.hasSecret);
  const [pending, startTransition] = useTransition();
  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    startTransition(async () => {
      const result = await saveSsoAction(data);
      setState(result);
      if (!result.ok) return;
      // The secret is stored (sealed) now; the empty field means "keep it", as its label says.
      setHasSecret(true);
      const secret = form.elements.namedItem("clientSecret");
      if (secret instanceof HTMLInputElement) secret.value = "";
    });
  }
  const field = (id: string, label: string, props: React.InputHTMLAttributes<HTMLInputElement>) => (
    <div>
      <label htmlFor={`sso-${id}`} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <input id={`sso-${id}`} name={id} className={inputClass} {...props} />
      {!state.ok && state.fieldErrors?.[id] ? (
        <p className="text-sm text-red-700">{state.fieldErrors[id]![0]}</p>
      ) : null}
    </div>
  );
  return (
    <form onSubmit={submit} className="mt-4 space-y-3" noValidate>
      <p className="text-sm text-slate-600">
        Register Assay at your identity provider with the redirect URL <code className="font-mono">{callbackUrl}</code>.
      </p>
      {field("issuer", "Issuer URL", { defaultValue: values.issuer, required: true })}
      {field("clientId", "Client id", { defaultValue: values.clientId, required: true })}
      {field("clientSecret", hasSecret ? "Client secret (leave empty to keep the stored one)" : "Client secret", {
        type: "password",
        autoComplete: "off",
      })}
      {field("allowedDomains", "Allowed e-mail domains (comma separated)", {
        defaultValue: values.allowedDomains.join(", "),
        required: true,
      })}
      <div>
        <label htmlFor="sso-defaultRole" className="block text-sm font-medium text-slate-800">
          Role of a person's first sign-in
        </label>
        <select id="sso-defaultRole" name="defaultRole" defaultValue={values.defaultRole} className={inputClass}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </select>
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="enabled" value="on" defaultChecked={values.enabled} /> Single sign-on is on
      </label>
      {!state.ok ? (
        <p role="alert" className="text-sm text-red-700">
          {state.error}
        </p>
      ) : state.message ? (
        <p role="status" className="text-sm text-green-800">
          {state.message}
        </p>
      ) : null}
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-indigo-600 px-4 py-2 text-sm font-medium text-white hover:bg-indigo-500 disabled:opacity-60"
      >
        {pending ? "Saving…" : "Save single sign-on"}
      </button>
    </form>
  );
}
