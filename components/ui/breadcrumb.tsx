import Link from "next/link";
import { Fragment } from "react";

/** "Settings / Criteria sets / EU High": every step but the last is a link back up. */
export function Breadcrumb({ trail, here }: { trail: { href: string; label: string }[]; here: string }) {
  return (
    <nav aria-label="Breadcrumb" className="mb-2 text-sm text-slate-500">
      {trail.map((step) => (
        <Fragment key={step.href}>
          <Link href={step.href} className="hover:text-indigo-700 hover:underline">
            {step.label}
          </Link>{" "}
          /{" "}
        </Fragment>
      ))}
      {here}
    </nav>
  );
}
