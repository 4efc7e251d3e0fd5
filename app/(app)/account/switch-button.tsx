"use client";

import { useTransition } from "react";
import { switchOrganisationAction } from "@/lib/auth/account-actions";

export function SwitchButton({ tenantId, name }: { tenantId: string; name: string }) {
  const [pending, startTransition] = useTransition();
  return (
    <button
      type="button"
      disabled={pending}
      onClick={() =>
        startTransition(async () => {
          const result = await switchOrganisationAction({ tenantId });
          // A full load: every server component must re-read the actor of the new organisation.
          if (result.ok) window.location.assign("/dashboard");
        })
      }
      className="rounded-md border border-slate-300 px-2.5 py-1 text-sm text-slate-700 hover:bg-slate-100 disabled:opacity-50"
      aria-label={`Switch to ${name}`}
    >
      {pending ? "Switching…" : "Switch"}
    </button>
  );
}
