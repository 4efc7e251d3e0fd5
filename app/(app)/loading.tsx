// Shown inside the app shell while a page's data loads, so a slow page never looks like a blank one.
export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="animate-pulse space-y-4" data-testid="page-loading">
      <span className="sr-only">Loading…</span>
      <div className="h-8 w-1/3 rounded bg-slate-200" />
      <div className="h-4 w-2/3 rounded bg-slate-200" />
      <div className="h-40 rounded bg-slate-100" />
    </div>
  );
}
