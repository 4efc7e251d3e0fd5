"use client";

/** Previous / page number / next, for a document of `pages` pages. */
export function PageControls({ page, pages, onPage }: { page: number; pages: number; onPage: (page: number) => void }) {
  const go = (n: number) => onPage(Math.min(pages, Math.max(1, n)));
  return (
    <div className="mb-2 flex items-center justify-between gap-2 text-sm">
      <button
        type="button"
        className="rounded border border-slate-300 px-3 py-1 disabled:opacity-40"
        disabled={page <= 1}
        onClick={() => go(page - 1)}
        aria-label="Previous page"
      >
        ‹
      </button>
      <label className="flex items-center gap-2">
        Page
        <input
          type="number"
          min={1}
          max={pages}
          value={page}
          onChange={(e) => go(Number(e.target.value) || 1)}
          className="w-16 rounded border border-slate-300 px-1 py-0.5"
          aria-label="Page number"
        />
        of {pages}
      </label>
      <button
        type="button"
        className="rounded border border-slate-300 px-3 py-1 disabled:opacity-40"
        disabled={page >= pages}
        onClick={() => go(page + 1)}
        aria-label="Next page"
      >
        ›
      </button>
    </div>
  );
}
