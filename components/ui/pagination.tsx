import Link from "next/link";
import { secondaryButtonClass } from "./form-field";

/** "N things · page x of y" with Previous/Next links; `hrefFor` builds the link for a page number. */
export function Pagination({
  total,
  noun,
  page,
  pages,
  hrefFor,
}: {
  total: number;
  noun: string;
  page: number;
  pages: number;
  hrefFor: (page: number) => string;
}) {
  return (
    <nav aria-label="Pagination" className="mt-3 flex items-center justify-between text-sm text-slate-600">
      <span>
        {total} {noun}
        {total === 1 ? "" : "s"} · page {page} of {pages}
      </span>
      <span className="flex gap-2">
        {page > 1 ? (
          <Link className={secondaryButtonClass} href={hrefFor(page - 1)}>
            Previous
          </Link>
        ) : null}
        {page < pages ? (
          <Link className={secondaryButtonClass} href={hrefFor(page + 1)}>
            Next
          </Link>
        ) : null}
      </span>
    </nav>
  );
}
