/** "Custom · v3" or "Shipped default": whether an admin's rules or the built-in ones apply. */
export function SourceBadge({ source, version }: { source: "custom" | "default"; version: number }) {
  return source === "custom" ? (
    <span className="inline-flex rounded-full bg-indigo-50 px-2 py-0.5 text-xs font-medium text-indigo-700 ring-1 ring-indigo-200">
      Custom · v{version}
    </span>
  ) : (
    <span className="inline-flex rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-700 ring-1 ring-slate-200">
      Shipped default
    </span>
  );
}
