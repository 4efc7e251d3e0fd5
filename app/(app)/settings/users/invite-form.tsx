"use client";

import { useState, useTransition } from "react";
import { FormStatus } from "@/components/ui/form-status";
import { ROLES, ROLE_LABELS } from "@/lib/auth/roles";
import { inviteUserAction } from "@/lib/users/actions";

type Outcome = Awaited<ReturnType<typeof inviteUserAction>>;

const inputClass =
  "mt-1 w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm aria-invalid:border-red-500 focus:border-indigo-500 focus:outline-none focus:ring-1 focus:ring-indigo-500";

/**
 * An invitation is a single-use, expiring link through which the person chooses their own password.
 * With SMTP_URL it is e-mailed; otherwise it is shown here once, for the admin to hand over.
 */
export function InviteForm() {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [pending, startTransition] = useTransition();
  const errors = outcome && !outcome.ok ? (outcome.fieldErrors ?? {}) : {};

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    startTransition(async () => {
      const result = await inviteUserAction({
        name: data.get("name"),
        email: data.get("email"),
        role: data.get("role"),
      });
      setOutcome(result);
      if (result.ok) form.reset();
    });
  }

  const field = (name: "name" | "email", label: string, type: string) => (
    <div>
      <label htmlFor={`invite-${name}`} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <input
        id={`invite-${name}`}
        name={name}
        type={type}
        required
        autoComplete="off"
        aria-invalid={errors[name]?.length ? true : undefined}
        aria-describedby={errors[name]?.length ? `invite-${name}-error` : undefined}
        className={inputClass}
      />
      {errors[name]?.length ? (
        <p id={`invite-${name}-error`} className="mt-1 text-sm text-red-700">
          {errors[name]!.join(" ")}
        </p>
      ) : null}
    </div>
  );

  return (
    <section aria-labelledby="invite-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="invite-heading" className="font-medium">
        Invite someone
      </h2>
      <p className="mt-0.5 text-sm text-slate-600">
        They get a single-use link, valid for 7 days, through which they choose their own password.
      </p>
      <form onSubmit={submit} noValidate className="mt-4 grid items-start gap-3 sm:grid-cols-[1fr_1fr_12rem_auto]">
        {field("name", "Name", "text")}
        {field("email", "Email", "email")}
        <div>
          <label htmlFor="invite-role" className="block text-sm font-medium text-slate-800">
            Role
          </label>
          <select id="invite-role" name="role" defaultValue="analyst" className={`${inputClass} bg-white`}>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {ROLE_LABELS[role]}
              </option>
            ))}
          </select>
        </div>
        <button
          type="submit"
          disabled={pending}
          className="mt-6 rounded-md bg-indigo-600 px-4 py-2 text-sm font-medium text-white hover:bg-indigo-500 disabled:opacity-60 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 focus-visible:ring-offset-2"
        >
          {pending ? "Inviting…" : "Invite"}
        </button>
      </form>
      <div aria-live="polite" className="mt-3 max-w-2xl text-sm">
        {outcome ? (
          <FormStatus state={outcome}>
            {outcome.ok && outcome.data?.link ? <LinkOnce link={outcome.data.link} /> : null}
          </FormStatus>
        ) : null}
      </div>
    </section>
  );
}

/** A sign-in link shown once, for the admin to hand over. */
export function LinkOnce({ link }: { link: string }) {
  return (
    <p className="mt-2 break-all">
      Link:{" "}
      <code
        data-testid="invitation-link"
        className="select-all rounded bg-white px-1.5 py-0.5 font-mono text-slate-900 ring-1 ring-green-200"
      >
        {link}
      </code>
    </p>
  );
}
