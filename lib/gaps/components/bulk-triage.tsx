"use client";

import { useEffect, useRef, useState } from "react";
import type { FormAction } from "@/lib/action";
import { useFormAction } from "@/components/ui/use-form-action";
import { FormStatus } from "@/components/ui/form-status";
import { buttonClass, FormField, inputClass, secondaryButtonClass } from "@/components/ui/form-field";
import { GAP_STATUS_LABELS, GAP_STATUSES } from "@/lib/vocabulary";

import { BULK_FORM_ID } from "../bulk-form-id";

const boxes = () =>
  Array.from(document.querySelectorAll<HTMLInputElement>(`input[type=checkbox][form=${BULK_FORM_ID}][name=gapIds]`));

/**
 * Triage of the gaps ticked in the register: owner, due date, status. Empty fields keep each gap's
 * own value. Acceptance statuses are offered only to roles that may accept (the server checks again).
 */
export function BulkTriage({
  action,
  members,
  canAccept,
}: {
  action: FormAction;
  members: { id: string; name: string }[];
  canAccept: boolean;
}) {
  const [state, onSubmit, pending] = useFormAction(action);
  const formRef = useRef<HTMLFormElement>(null);
  const [status, setStatus] = useState("");
  const [selected, setSelected] = useState(0);
  const errors = state.ok ? {} : (state.fieldErrors ?? {});

  useEffect(() => {
    const count = () => setSelected(boxes().filter((b) => b.checked).length);
    count();
    document.addEventListener("change", count);
    return () => document.removeEventListener("change", count);
  }, []);
  // A successful save re-renders the page's rows; start the next triage from nothing (selection and
  // values). A refusal keeps both, so the analyst corrects what the message next to the button says.
  useEffect(() => {
    if (state.ok && state.message) {
      formRef.current?.reset();
      for (const b of boxes()) b.checked = false;
      setStatus("");
      setSelected(0);
    }
  }, [state]);

  const selectAll = (checked: boolean) => {
    for (const b of boxes()) b.checked = checked;
    setSelected(checked ? boxes().length : 0);
  };
  const statuses = GAP_STATUSES.filter((s) => canAccept || (s !== "risk_accepted" && s !== "not_applicable"));

  return (
    <form
      ref={formRef}
      id={BULK_FORM_ID}
      onSubmit={onSubmit}
      aria-label="Triage selected gaps"
      className="mb-4 space-y-3 rounded-lg border border-slate-200 bg-white p-3"
    >
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span aria-live="polite" className="font-medium">
          {selected} selected
        </span>
        <button type="button" className={secondaryButtonClass} onClick={() => selectAll(true)}>
          Select all on this page
        </button>
        {selected ? (
          <button type="button" className={secondaryButtonClass} onClick={() => selectAll(false)}>
            Clear selection
          </button>
        ) : null}
      </div>
      <div className="grid gap-3 sm:grid-cols-3 sm:items-end">
        <FormField id="bulk-owner" label="Set owner" error={errors.ownerId}>
          <select id="bulk-owner" name="ownerId" defaultValue="" className={inputClass}>
            <option value="">Keep each owner</option>
            <option value="none">Unassigned</option>
            {members.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        </FormField>
        <FormField id="bulk-due" label="Set due date" error={errors.dueDate}>
          <input id="bulk-due" name="dueDate" type="date" className={inputClass} />
        </FormField>
        <FormField id="bulk-status" label="Set status" error={errors.status}>
          <select
            id="bulk-status"
            name="status"
            value={status}
            onChange={(e) => setStatus(e.target.value)}
            className={inputClass}
          >
            <option value="">Keep each status</option>
            {statuses.map((s) => (
              <option key={s} value={s}>
                {GAP_STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </FormField>
      </div>
      {status === "risk_accepted" || status === "not_applicable" ? (
        <div className="grid gap-3 rounded-md bg-amber-50 p-3 sm:grid-cols-3">
          <div className="sm:col-span-2">
            <FormField
              id="bulk-note"
              label={status === "risk_accepted" ? "Why the risk is acceptable" : "Why these do not apply"}
              error={errors.acceptanceNote}
            >
              <textarea id="bulk-note" name="acceptanceNote" rows={2} className={inputClass} />
            </FormField>
          </div>
          {status === "risk_accepted" ? (
            <FormField id="bulk-until" label="Accepted until" error={errors.acceptedUntil}>
              <input id="bulk-until" name="acceptedUntil" type="date" className={inputClass} />
            </FormField>
          ) : null}
        </div>
      ) : null}
      {errors.gapIds ? <p className="text-sm text-red-700">{errors.gapIds.join(" ")}</p> : null}
      {/* The outcome beside the button that caused it, not at the far end of the form. */}
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending || selected === 0} className={buttonClass}>
          {pending ? "Applying…" : `Apply to ${selected} selected`}
        </button>
        <div aria-live="polite" className="min-w-0 flex-1">
          <FormStatus state={state} />
        </div>
      </div>
    </form>
  );
}
