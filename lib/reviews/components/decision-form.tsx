"use client";

import { useEffect, useRef, useState } from "react";
import { useFormAction } from "@/components/ui/use-form-action";
import { FormStatus } from "@/components/ui/form-status";
import type { FormAction } from "@/lib/action";
import { buttonClass, FormField, inputClass } from "@/components/ui/form-field";
import { VENDOR_STATUSES } from "@/lib/vendors/schema";
import { DECISION_LABELS, DECISIONS } from "../schema";

/**
 * Records a decision and, optionally, the vendor's new status and next review date. Approving while
 * high or critical gaps are open shows how many and needs a tick (the server checks the same).
 * The form clears after a decision is recorded, so a second one starts blank.
 */
export function DecisionForm({
  action,
  vendorId,
  services,
  serious,
}: {
  action: FormAction;
  vendorId: string;
  services: { id: string; name: string }[];
  /** Open high/critical gaps: vendor-wide ones (serviceId null) under "", the rest by service id. */
  serious: Record<string, number>;
}) {
  const [state, onSubmit, pending] = useFormAction(action);
  const formRef = useRef<HTMLFormElement>(null);
  const [decision, setDecision] = useState<string>("approve_with_conditions");
  const [serviceId, setServiceId] = useState("");
  const errors = state.ok ? {} : (state.fieldErrors ?? {});
  useEffect(() => {
    if (state.ok && state.message) {
      formRef.current?.reset();
      setDecision("approve_with_conditions");
      setServiceId("");
    }
  }, [state]);
  const open = serviceId
    ? (serious[serviceId] ?? 0) + (serious[""] ?? 0)
    : Object.values(serious).reduce((a, b) => a + b, 0);
  const warn = decision !== "reject" && open > 0;
  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-3" aria-label="Record a review decision">
      <input type="hidden" name="vendorId" value={vendorId} />
      {/* Two columns only while the form is page-wide: in the vendor page's side column (lg) two would cut the labels. */}
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-1">
        <FormField id="decision" label="Decision" error={errors.decision}>
          <select
            id="decision"
            name="decision"
            className={inputClass}
            value={decision}
            onChange={(e) => setDecision(e.target.value)}
          >
            {DECISIONS.map((d) => (
              <option key={d} value={d}>
                {DECISION_LABELS[d]}
              </option>
            ))}
          </select>
        </FormField>
        <FormField id="decision-service" label="For service" error={errors.serviceId}>
          <select
            id="decision-service"
            name="serviceId"
            className={inputClass}
            value={serviceId}
            onChange={(e) => setServiceId(e.target.value)}
          >
            <option value="">The vendor as a whole</option>
            {services.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </FormField>
        <FormField id="decision-status" label="Set vendor status" error={errors.vendorStatus}>
          <select id="decision-status" name="vendorStatus" className={inputClass} defaultValue="">
            <option value="">Leave as it is</option>
            {VENDOR_STATUSES.map((s) => (
              <option key={s} value={s}>
                {s.replace("_", " ")}
              </option>
            ))}
          </select>
        </FormField>
        <FormField
          id="decision-next"
          label="Next review date"
          hint="Empty: leave as it is."
          error={errors.nextReviewDate}
        >
          <input id="decision-next" name="nextReviewDate" type="date" className={inputClass} />
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
      {warn ? (
        <div role="alert" className="rounded-md bg-orange-50 px-3 py-2 text-sm text-orange-900 ring-1 ring-orange-200">
          <p>
            {open} high or critical gap{open === 1 ? " is" : "s are"} still open
            {serviceId ? " for this service" : ""}.{" "}
            <a href="#gaps" className="underline">
              Read them
            </a>{" "}
            before approving.
          </p>
          <label className="mt-1 flex items-center gap-2 font-medium">
            <input type="checkbox" name="acknowledgeOpenGaps" value="1" required /> I have read the open gaps
          </label>
        </div>
      ) : null}
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className={buttonClass}>
          {pending ? "Recording…" : "Record decision"}
        </button>
        <FormStatus state={state} />
      </div>
    </form>
  );
}
