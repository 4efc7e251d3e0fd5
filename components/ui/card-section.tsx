import type { ReactNode } from "react";

/** A bordered card with a heading that names it for screen readers; `count` follows the heading in muted text. */
export function CardSection({
  id,
  heading,
  count,
  children,
}: {
  id: string;
  heading: ReactNode;
  count?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="overflow-hidden rounded-lg border border-slate-200 bg-white">
      <h2 id={id} className="border-b border-slate-200 px-4 py-3 font-medium">
        {heading}
        {count !== undefined ? <span className="text-slate-500"> ({count})</span> : null}
      </h2>
      {children}
    </section>
  );
}

/** A table's header row; a column given as `{ srOnly }` is named for screen readers only (e.g. an action column). */
export function ColumnHeads({ columns }: { columns: (string | { srOnly: string })[] }) {
  return (
    <thead className="bg-slate-50 text-left text-slate-600">
      <tr>
        {columns.map((c) =>
          typeof c === "string" ? (
            <th key={c} scope="col" className="px-4 py-2 font-medium">
              {c}
            </th>
          ) : (
            <th key={c.srOnly} scope="col" className="px-4 py-2">
              <span className="sr-only">{c.srOnly}</span>
            </th>
          ),
        )}
      </tr>
    </thead>
  );
}
