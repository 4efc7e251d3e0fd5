"use client";

import { useState, useTransition } from "react";
import { FormStatus } from "@/components/ui/form-status";
import { createApiTokenAction } from "@/lib/api/tokens/actions";
import { TOKEN_SCOPES, TOKEN_SCOPE_DETAILS, TOKEN_SCOPE_LABELS, type TokenScope } from "@/lib/api/tokens/scopes";

type Outcome = Awaited<ReturnType<typeof createApiTokenAction>>;

const inputClass =
  "mt-1 w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm aria-invalid:border-red-500 focus:border-indigo-500 focus:outline-none focus:ring-1 focus:ring-indigo-500";

/** Creates a token and shows its secret once: only its hash is kept, so it can never be shown again. */
export function CreateTokenForm() {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [scope, setScope] = useState<TokenScope>("read");
  const [pending, startTransition] = useTransition();
  const errors = outcome && !outcome.ok ? (outcome.fieldErrors ?? {}) : {};

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    startTransition(async () => {
      const result = await createApiTokenAction({ name: data.get("name"), scope: data.get("scope") });
      setOutcome(result);
      if (result.ok) {
        form.reset();
        setScope("read");
      }
    });
  }

  const token = outcome?.ok ? outcome.data?.token : undefined;
  return (
    <section aria-labelledby="create-token-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="create-token-heading" className="font-medium">
        Create a token
      </h2>
      <form onSubmit={submit} noValidate className="mt-4 grid items-start gap-3 sm:grid-cols-[minmax(0,1fr)_auto_auto]">
        <div>
          <label htmlFor="token-name" className="block text-sm font-medium text-slate-800">
            Name <span className="font-normal text-slate-500">(what uses it, e.g. “SIEM nightly export”)</span>
          </label>
          <input
            id="token-name"
            name="name"
            required
            maxLength={100}
            autoComplete="off"
            aria-invalid={errors.name?.length ? true : undefined}
            aria-describedby={errors.name?.length ? "token-name-error" : undefined}
            className={inputClass}
          />
          {errors.name?.length ? (
            <p id="token-name-error" className="mt-1 text-sm text-red-700">
              {errors.name.join(" ")}
            </p>
          ) : null}
        </div>
        <div>
          <label htmlFor="token-scope" className="block text-sm font-medium text-slate-800">
            May
          </label>
          <select
            id="token-scope"
            name="scope"
            value={scope}
            onChange={(event) => setScope(event.target.value as TokenScope)}
            aria-describedby="token-scope-hint"
            className={`${inputClass} bg-white pr-8`}
          >
            {TOKEN_SCOPES.map((s) => (
              <option key={s} value={s}>
                {TOKEN_SCOPE_LABELS[s]}
              </option>
            ))}
          </select>
          <p id="token-scope-hint" className="mt-1 text-xs text-slate-600 sm:max-w-[16rem]">
            A token that {TOKEN_SCOPE_DETAILS[scope]}.
          </p>
        </div>
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-indigo-600 px-4 py-2 text-sm font-medium text-white sm:mt-6 hover:bg-indigo-500 disabled:opacity-60 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 focus-visible:ring-offset-2"
        >
          {pending ? "Creating…" : "Create token"}
        </button>
      </form>
      <div aria-live="polite" className="mt-3 text-sm">
        {outcome ? (
          <FormStatus state={outcome}>
            {token ? (
              <p className="mt-2 break-all">
                <code
                  data-testid="api-token"
                  className="select-all rounded bg-white px-1.5 py-0.5 font-mono text-slate-900 ring-1 ring-green-200"
                >
                  {token}
                </code>
              </p>
            ) : null}
            {outcome.ok ? (
              <p className="mt-2">
                Send it as <code>Authorization: Bearer &lt;token&gt;</code>. Store it in your secret manager.
              </p>
            ) : null}
          </FormStatus>
        ) : null}
      </div>
    </section>
  );
}
