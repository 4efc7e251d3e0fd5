"use client";

import { useFormAction } from "@/components/ui/use-form-action";
import { FormStatus } from "@/components/ui/form-status";
import { useEffect, useRef } from "react";
import type { ActionResult, FormAction } from "@/lib/action";
import { buttonClass, FormField, inputClass } from "@/components/ui/form-field";
import { CRITICALITIES, DATA_TYPES, REGIONS } from "../schema";

const DATA_TYPE_LABELS: Record<string, string> = {
  personal: "Personal data",
  sensitive_personal: "Sensitive personal data",
  health: "Health data",
  financial: "Financial data",
  payment_card: "Payment card data",
  credentials: "Credentials / secrets",
  confidential_business: "Confidential business data",
  public: "Public data only",
};

export function ServiceForm({
  action,
  vendorId,
  members,
}: {
  action: FormAction;
  vendorId: string;
  members: { id: string; name: string }[];
}) {
  const [state, onSubmit, pending] = useFormAction(action);
  const formRef = useRef<HTMLFormElement>(null);
  const errors = state.ok ? {} : (state.fieldErrors ?? {});
  useEffect(() => {
    if (state.ok && state.message) formRef.current?.reset();
  }, [state]);
  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-4" aria-label="Record a service">
      <input type="hidden" name="vendorId" value={vendorId} />
      <FormStatus state={state} />
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField id="svc-name" label="Service you buy" error={errors.name}>
          <input
            id="svc-name"
            name="name"
            required
            maxLength={200}
            placeholder="e.g. Payroll processing"
            className={inputClass}
          />
        </FormField>
        <FormField
          id="svc-systems"
          label="Systems / products used"
          hint="As the vendor names them, comma-separated."
          error={errors.systems}
        >
          <input id="svc-systems" name="systems" className={inputClass} />
        </FormField>
      </div>
      <fieldset>
        <legend className="text-sm font-medium text-slate-700">Data it handles</legend>
        <div className="mt-1 grid grid-cols-2 gap-1 sm:grid-cols-4">
          {DATA_TYPES.map((d) => (
            <label key={d} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="dataTypes" value={d} /> {DATA_TYPE_LABELS[d] ?? d}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend className="text-sm font-medium text-slate-700">Your regions</legend>
        <div className="mt-1 flex gap-4">
          {REGIONS.map((r) => (
            <label key={r} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="regions" value={r} /> {r}
            </label>
          ))}
        </div>
        {errors.regions ? <p className="mt-1 text-sm text-red-700">{errors.regions.join(" ")}</p> : null}
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField
          id="svc-locations"
          label="Locations needed"
          hint="Countries or data-centre regions, comma-separated."
          error={errors.locations}
        >
          <input id="svc-locations" name="locations" className={inputClass} />
        </FormField>
        <FormField id="svc-entity" label="Contracted legal entity" error={errors.contractedLegalEntity}>
          <input id="svc-entity" name="contractedLegalEntity" maxLength={200} className={inputClass} />
        </FormField>
        <FormField id="svc-criticality" label="Criticality" error={errors.criticality}>
          <select id="svc-criticality" name="criticality" defaultValue="medium" className={inputClass}>
            {CRITICALITIES.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </FormField>
        <FormField
          id="svc-reliance"
          label="Reliance date"
          hint="The date you rely on the evidence for (e.g. your audit year-end)."
          error={errors.relianceDate}
        >
          <input id="svc-reliance" name="relianceDate" type="date" className={inputClass} />
        </FormField>
        <FormField id="svc-owner" label="Owner" error={errors.ownerId}>
          <select id="svc-owner" name="ownerId" defaultValue="" className={inputClass}>
            <option value="">Nobody yet</option>
            {members.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        </FormField>
      </div>
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? "Saving…" : "Save service"}
      </button>
    </form>
  );
}
