"use client";

import { useEffect, useId, useRef, useState } from "react";
import { inputClass, secondaryButtonClass } from "@/components/ui/form-field";
import { FormStatus } from "@/components/ui/form-status";
import { useFormAction } from "@/components/ui/use-form-action";
import type { FormAction } from "@/lib/action";
import { GAP_STATUS_LABELS } from "@/lib/vocabulary";

/**
 * Remove a wrong upload: a quiet link that opens a confirm step saying what removing does (a soft
 * delete, recorded with the reason; its findings withdrawn with that reason, not resolved) before
 * anything happens. Keyboard: the reason gets focus on open; Escape or Cancel closes and returns focus.
 */
export function DeleteDocumentForm({
  action,
  documentId,
  filename,
}: {
  action: FormAction;
  documentId: string;
  filename: string;
}) {
  const [state, onSubmit, pending] = useFormAction(action);
  const [open, setOpen] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const reason = useRef<HTMLInputElement>(null);
  const uid = useId();
  const [panelId, headingId, reasonId, hintId] = ["panel", "heading", "reason", "hint"].map((p) => `${uid}-${p}`);
  const errors = state.ok ? {} : (state.fieldErrors ?? {});

  useEffect(() => {
    if (open) reason.current?.focus();
  }, [open]);
  const close = () => {
    setOpen(false);
    trigger.current?.focus();
  };

  return (
    <div className="text-xs">
      <button
        ref={trigger}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => (open ? close() : setOpen(true))}
        className="rounded text-slate-600 underline decoration-slate-300 underline-offset-2 hover:text-red-700 hover:decoration-red-300 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500"
      >
        Remove…<span className="sr-only"> {filename}</span>
      </button>
      {open ? (
        <form
          id={panelId}
          onSubmit={onSubmit}
          onKeyDown={(e) => {
            if (e.key === "Escape") close();
          }}
          aria-labelledby={headingId}
          className="mt-2 max-w-xl space-y-2 rounded-md border border-slate-200 bg-slate-50 p-3 text-sm"
        >
          <input type="hidden" name="documentId" value={documentId} />
          <p id={headingId} className="font-medium text-slate-900">
            Remove {filename} as a wrong upload?
          </p>
          <ul id={hintId} className="list-disc space-y-0.5 pl-5 text-slate-700">
            <li>It leaves this list and is no longer scored. Nothing is erased: the file and its facts stay.</li>
            <li>The removal is recorded with your reason in the vendor&apos;s history.</li>
            <li>
              Its findings close as “{GAP_STATUS_LABELS.withdrawn}” with your reason, not as resolved. A document it
              replaced counts again.
            </li>
          </ul>
          <div>
            <label htmlFor={reasonId} className="block text-sm font-medium text-slate-700">
              Why remove it?
            </label>
            <input
              ref={reason}
              id={reasonId}
              name="reason"
              required
              minLength={5}
              aria-describedby={errors.reason ? `${reasonId}-error` : hintId}
              aria-invalid={errors.reason ? true : undefined}
              className={`${inputClass} mt-1`}
              placeholder="Uploaded to the wrong vendor"
            />
            {errors.reason ? (
              <p id={`${reasonId}-error`} className="mt-1 text-sm text-red-700">
                {errors.reason.join(" ")}
              </p>
            ) : null}
          </div>
          <div className="flex flex-wrap items-center gap-2">
            <button
              type="submit"
              disabled={pending}
              className="inline-flex items-center rounded-md border border-red-300 bg-white px-3 py-1.5 text-sm font-medium text-red-700 hover:bg-red-50 disabled:opacity-60 focus:outline-none focus-visible:ring-2 focus-visible:ring-red-500"
            >
              {pending ? "Removing…" : "Remove document"}
            </button>
            <button type="button" onClick={close} className={secondaryButtonClass}>
              Cancel
            </button>
            <div aria-live="polite" className="min-w-0 flex-1">
              <FormStatus state={state} />
            </div>
          </div>
        </form>
      ) : null}
    </div>
  );
}
