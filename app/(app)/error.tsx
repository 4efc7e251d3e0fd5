"use client";

import Link from "next/link";

// An unexpected error inside the app keeps the navigation and says what to do; the digest is the
// reference the server logged with the error, so an operator can find it.
export default function AppError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="mx-auto max-w-lg py-16 text-center">
      <h1 className="text-2xl font-semibold text-slate-900">Something went wrong</h1>
      <p className="mt-2 text-slate-700">
        Nothing you saved before this was lost. Try again; if it keeps happening, give your administrator the reference
        below.
      </p>
      {error.digest ? <p className="mt-2 font-mono text-sm text-slate-700">Reference: {error.digest}</p> : null}
      <div className="mt-6 flex justify-center gap-4">
        <button
          type="button"
          onClick={reset}
          className="rounded-md bg-indigo-700 px-4 py-2 text-sm font-medium text-white hover:bg-indigo-800"
        >
          Try again
        </button>
        <Link href="/dashboard" className="px-4 py-2 text-sm text-indigo-700 hover:underline">
          Back to the dashboard
        </Link>
      </div>
    </div>
  );
}
