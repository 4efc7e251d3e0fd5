"use client";

import { useFormAction } from "@/components/ui/use-form-action";
import { FormStatus } from "@/components/ui/form-status";
import type { ActionResult, FormAction } from "@/lib/action";
import { buttonClass, FormField, inputClass } from "@/components/ui/form-field";
import { DECISION_LABELS, DECISIONS } from "../schema";

export function DecisionForm({
  action,
  vendorId,
  services,
}: {
  action: FormAction;
  vendorId: string;
  services: { id: string; name: string }[];
}) {
  const [state, onSubmit, pending] = useFormAction(action);
  const errors = state.ok ? {} : (state.fieldErrors ?? {});
  return (
    <form onSubmit={onSubmit} className="space-y-3" aria-label="Record a review decision">
      <input type="hidden" name="vendorId" value={vendorId} />
      <FormStatus state={state} />
      <div className="grid gap-3 sm:grid-cols-2">
        <FormField id="decision" label="Decision" error={errors.decision}>
          <select id="decision" name="decision" className={inputClass} defaultValue="approve_with_conditions">
            {DECISIONS.map((d) => (
              <option key={d} value={d}>
                {DECISION_LABELS[d]}
              </option>
            ))}
          </select>
        </FormField>
        <FormField id="decision-service" label="For service" error={errors.serviceId}>
          <select id="decision-service" name="serviceId" className={inputClass} defaultValue="">
            <option value="">The vendor as a whole</option>
            {services.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </FormField>
      </div>
      <FormField
        id="decision-note"
        label="Note"
        hint="Conditions, reasons, follow-ups. Decisions cannot be edited later."
        error={errors.note}
      >
        <textarea id="decision-note" name="note" rows={3} maxLength={5000} className={inputClass} />
      </FormField>
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? "Recording…" : "Record decision"}
      </button>
    </form>
  );
}
