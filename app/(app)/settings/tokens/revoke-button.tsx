"use client";

import { useState, useTransition } from "react";
import { revokeApiTokenAction } from "@/lib/api/tokens/actions";

export function RevokeButton({ tokenId, name }: { tokenId: string; name: string }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  function revoke() {
    if (!window.confirm(`Revoke “${name}”? Scripts using it stop working at once.`)) return;
    startTransition(async () => {
      const result = await revokeApiTokenAction({ tokenId });
      setError(result.ok ? null : result.error);
    });
  }
  return (
    <>
      <button
        type="button"
        onClick={revoke}
        disabled={pending}
        aria-label={`Revoke ${name}`}
        className="rounded-md border border-red-300 bg-white px-2.5 py-1 text-sm text-red-700 hover:bg-red-50 disabled:opacity-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-red-500"
      >
        {pending ? "Revoking…" : "Revoke"}
      </button>
      {error ? (
        <p role="alert" className="mt-1 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </>
  );
}
