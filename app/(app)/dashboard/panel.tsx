import Link from "next/link";

/** A titled card; `more` links to the full list when the card shows only the first rows. */
export function Panel({
  title,
  count,
  more,
  children,
  id,
}: {
  title: string;
  count?: number;
  more?: { href: string; label: string };
  children: React.ReactNode;
  id: string;
}) {
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-200 bg-white p-4">
      <div className="mb-3 flex items-baseline justify-between gap-2">
        <h2 id={id} className="text-sm font-semibold text-slate-900">
          {title}
          {count !== undefined ? (
            <span className="ml-2 rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium tabular-nums text-slate-700">
              {count}
            </span>
          ) : null}
        </h2>
        {more ? (
          <Link href={more.href} className="text-sm text-indigo-700 hover:underline">
            {more.label}
          </Link>
        ) : null}
      </div>
      {children}
    </section>
  );
}

/** What to do when a list is empty: said in the card, not as a blank space. */
export function Quiet({ children }: { children: React.ReactNode }) {
  return <p className="rounded-md bg-slate-50 px-3 py-4 text-sm text-slate-600">{children}</p>;
}

export function Stat({
  label,
  value,
  href,
  tone = "plain",
}: {
  label: string;
  value: number;
  href?: string;
  tone?: "plain" | "alert";
}) {
  const body = (
    <>
      <p className="text-sm text-slate-500">{label}</p>
      <p
        className={`mt-1 text-3xl font-semibold tabular-nums ${tone === "alert" && value > 0 ? "text-red-700" : "text-slate-900"}`}
      >
        {value}
      </p>
    </>
  );
  const cls = "block rounded-lg border border-slate-200 bg-white p-4";
  return href ? (
    <Link href={href} className={`${cls} hover:border-indigo-300 hover:bg-indigo-50/40`}>
      {body}
    </Link>
  ) : (
    <div className={cls}>{body}</div>
  );
}
