"use client";

import { useState, useTransition } from "react";
import { resetCriteriaAction } from "@/lib/criteria/actions";

export function ResetButton({
  region,
  tier,
  version,
  disabled,
}: {
  region: string;
  tier: string;
  version: number;
  disabled: boolean;
}) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);

  function reset() {
    if (!window.confirm("Put this set back to the shipped default? Your saved rules for it are discarded.")) return;
    startTransition(async () => {
      const result = await resetCriteriaAction({ region, tier, expectedVersion: version });
      if (!result.ok) setError(result.error);
      // A full reload: the form's inputs are uncontrolled and must start again from the default.
      else window.location.reload();
    });
  }

  return (
    <div className="flex flex-col items-end gap-1">
      <button
        type="button"
        onClick={reset}
        disabled={disabled || pending}
        title={disabled ? "This set already uses the shipped default" : undefined}
        className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500"
      >
        {pending ? "Resetting…" : "Reset to default"}
      </button>
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
