"use client";

import { useState } from "react";

/** A <details> whose open state survives server re-renders (React would re-apply a changed `open` prop). */
export function Disclosure({
  summary,
  initiallyOpen,
  children,
}: {
  summary: string;
  initiallyOpen: boolean;
  children: React.ReactNode;
}) {
  const [open, setOpen] = useState(initiallyOpen);
  return (
    <details
      className="rounded-md border border-slate-200 p-3"
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary className="cursor-pointer text-sm font-medium text-indigo-700">{summary}</summary>
      <div className="mt-3">{children}</div>
    </details>
  );
}
