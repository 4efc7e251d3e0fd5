"use client";

import { useFormAction } from "@/components/ui/use-form-action";
import { FormStatus } from "@/components/ui/form-status";
import { useEffect, useRef, useState } from "react";
import type { ActionResult, FormAction } from "@/lib/action";
import { buttonClass, FormField, inputClass } from "@/components/ui/form-field";
import { GAP_STATUS_LABELS, GAP_STATUSES } from "@/lib/vocabulary";

type Gap = {
  id: string;
  version: number;
  ownerId: string | null;
  dueDate: string | null;
  status: (typeof GAP_STATUSES)[number];
  acceptanceNote: string | null;
  acceptedUntil: string | null;
};

export function GapForm({
  action,
  gap,
  members,
  canAccept,
  type2Commitment = false,
}: {
  action: FormAction;
  gap: Gap;
  members: { id: string; name: string }[];
  canAccept: boolean;
  /** The gap is a SOC 2 Type 1 where a Type 2 is required: accepted only on a dated Type 2 commitment. */
  type2Commitment?: boolean;
}) {
  const [state, onSubmit, pending] = useFormAction(action);
  const [status, setStatus] = useState(gap.status);
  const conditional = type2Commitment && status === "risk_accepted";
  const errors = state.ok ? {} : (state.fieldErrors ?? {});
  // A saved comment is listed under Comments: an emptied box says so and is not posted twice.
  const comment = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (state.ok && state.message && comment.current) comment.current.value = "";
  }, [state]);
  const statuses = GAP_STATUSES.filter(
    (s) => s === gap.status || (s !== "withdrawn" && (canAccept || (s !== "risk_accepted" && s !== "not_applicable"))),
  );
  return (
    <form
      onSubmit={onSubmit}
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
      aria-label="Triage this gap"
    >
      <input type="hidden" name="gapId" value={gap.id} />
      <input type="hidden" name="version" value={gap.version} />
      <FormStatus state={state} />
      <div className="grid gap-3 sm:grid-cols-3">
        <FormField id="ownerId" label="Owner" error={errors.ownerId}>
          <select id="ownerId" name="ownerId" defaultValue={gap.ownerId ?? ""} className={inputClass}>
            <option value="">Unassigned</option>
            {members.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        </FormField>
        <FormField id="dueDate" label="Due date" error={errors.dueDate}>
          <input id="dueDate" name="dueDate" type="date" defaultValue={gap.dueDate ?? ""} className={inputClass} />
        </FormField>
        <FormField id="status" label="Status" error={errors.status}>
          <select
            id="status"
            name="status"
            value={status}
            onChange={(e) => setStatus(e.target.value as Gap["status"])}
            className={inputClass}
          >
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
              id="acceptanceNote"
              label={
                conditional
                  ? "Compensating controls while only a Type 1 is on file"
                  : status === "risk_accepted"
                    ? "Why the risk is acceptable"
                    : "Why this does not apply"
              }
              error={errors.acceptanceNote}
            >
              <textarea
                id="acceptanceNote"
                name="acceptanceNote"
                rows={2}
                defaultValue={gap.acceptanceNote ?? ""}
                // H2: only a security reviewer or admin may change an acceptance; others see it read-only.
                readOnly={!canAccept}
                aria-readonly={!canAccept || undefined}
                className={`${inputClass} read-only:bg-slate-100 read-only:text-slate-600`}
              />
            </FormField>
          </div>
          {status === "risk_accepted" ? (
            <FormField
              id="acceptedUntil"
              label={conditional ? "Type 2 report committed by" : "Accepted until"}
              hint={
                !canAccept
                  ? "Only a security reviewer or an admin can change this."
                  : conditional
                    ? "The vendor's dated commitment (within a year): the gap reopens then unless a Type 2 has arrived."
                    : "The gap reopens on this date."
              }
              error={errors.acceptedUntil}
            >
              <input
                id="acceptedUntil"
                name="acceptedUntil"
                type="date"
                defaultValue={gap.acceptedUntil ?? ""}
                readOnly={!canAccept}
                aria-readonly={!canAccept || undefined}
                className={`${inputClass} read-only:bg-slate-100 read-only:text-slate-600`}
              />
            </FormField>
          ) : null}
        </div>
      ) : null}
      <FormField id="comment" label="Comment" error={errors.comment}>
        <textarea
          ref={comment}
          id="comment"
          name="comment"
          rows={2}
          maxLength={5000}
          placeholder="Optional: what was done, who was asked…"
          className={inputClass}
        />
      </FormField>
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? "Saving…" : "Save"}
      </button>
    </form>
  );
}
