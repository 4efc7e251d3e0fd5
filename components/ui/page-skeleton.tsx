/** A route segment's loading state: the page's outline in grey, and what is loading in words. */
export function PageSkeleton({ label }: { label: string }) {
  return (
    <div aria-busy="true">
      <p role="status" className="mb-4 text-sm text-slate-600">
        {label}
      </p>
      <div className="mb-6 h-8 w-2/3 max-w-md animate-pulse rounded bg-slate-200" />
      <div className="space-y-3">
        {[0, 1, 2, 3].map((i) => (
          <div key={i} className="h-16 animate-pulse rounded-lg bg-slate-100" />
        ))}
      </div>
    </div>
  );
}
