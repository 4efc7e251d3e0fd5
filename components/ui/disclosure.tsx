"use client";

import { useEffect, useRef, useState } from "react";

/**
 * A <details> whose open state survives server re-renders (React would re-apply a changed `open` prop).
 * Its content is rendered when it is first opened, then kept (typed values survive closing it): the
 * vendor page's closed service forms were half of that page's HTML, rendered on every visit.
 */
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
  const [shown, setShown] = useState(initiallyOpen);
  const ref = useRef<HTMLDetailsElement>(null);
  // Opened before the page's script ran (the browser toggles <details> itself): show it now.
  useEffect(() => {
    if (ref.current?.open) {
      setOpen(true);
      setShown(true);
    }
  }, []);
  return (
    <details
      ref={ref}
      className="rounded-md border border-slate-200 p-3"
      open={open}
      onToggle={(e) => {
        const isOpen = e.currentTarget.open;
        setOpen(isOpen);
        if (isOpen) setShown(true);
      }}
    >
      <summary className="cursor-pointer text-sm font-medium text-indigo-700">{summary}</summary>
      <div className="mt-3">{shown ? children : null}</div>
    </details>
  );
}
