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

export type ServiceValues = {
  id: string;
  name: string;
  systems: string[];
  dataTypes: string[];
  regions: string[];
  locations: string[];
  contractedLegalEntity: string | null;
  criticality: string;
  relianceDate: string | null;
  publicSector: boolean;
  ownerId: string | null;
};

/**
 * Records a new service, or edits one (`service` given). An edit keeps the saved values in the form
 * after saving; a new service's form clears, so saving twice cannot create a duplicate by accident.
 */
export function ServiceForm({
  action,
  vendorId,
  members,
  service,
}: {
  action: FormAction;
  vendorId: string;
  members: { id: string; name: string }[];
  service?: ServiceValues;
}) {
  const [state, onSubmit, pending] = useFormAction(action);
  const formRef = useRef<HTMLFormElement>(null);
  const errors = state.ok ? {} : (state.fieldErrors ?? {});
  useEffect(() => {
    if (!service && state.ok && state.message) formRef.current?.reset();
  }, [state, service]);
  const p = service ? `svc-${service.id.slice(0, 8)}` : "svc";
  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      className="space-y-4"
      aria-label={service ? `Edit service ${service.name}` : "Record a service"}
    >
      <input type="hidden" name="vendorId" value={vendorId} />
      {service ? <input type="hidden" name="serviceId" value={service.id} /> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField id={`${p}-name`} label="Service you buy" error={errors.name}>
          <input
            id={`${p}-name`}
            name="name"
            defaultValue={service?.name}
            required
            maxLength={200}
            placeholder="e.g. Payroll processing"
            className={inputClass}
          />
        </FormField>
        <FormField
          id={`${p}-systems`}
          label="Systems / products used"
          hint="As the vendor names them, comma-separated."
          error={errors.systems}
        >
          <input id={`${p}-systems`} name="systems" defaultValue={service?.systems.join(", ")} className={inputClass} />
        </FormField>
      </div>
      <fieldset>
        <legend className="text-sm font-medium text-slate-700">Data it handles</legend>
        <div className="mt-1 grid grid-cols-2 gap-1 sm:grid-cols-4">
          {DATA_TYPES.map((d) => (
            <label key={d} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="dataTypes" value={d} defaultChecked={service?.dataTypes.includes(d)} />{" "}
              {DATA_TYPE_LABELS[d] ?? d}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend className="text-sm font-medium text-slate-700">Your regions</legend>
        <div className="mt-1 flex gap-4">
          {REGIONS.map((r) => (
            <label key={r} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="regions" value={r} defaultChecked={service?.regions.includes(r)} /> {r}
            </label>
          ))}
        </div>
        {errors.regions ? <p className="mt-1 text-sm text-red-700">{errors.regions.join(" ")}</p> : null}
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField
          id={`${p}-locations`}
          label="Locations needed"
          hint="Countries or data-centre regions, comma-separated."
          error={errors.locations}
        >
          <input
            id={`${p}-locations`}
            name="locations"
            defaultValue={service?.locations.join(", ")}
            className={inputClass}
          />
        </FormField>
        <FormField id={`${p}-entity`} label="Contracted legal entity" error={errors.contractedLegalEntity}>
          <input
            id={`${p}-entity`}
            name="contractedLegalEntity"
            maxLength={200}
            defaultValue={service?.contractedLegalEntity ?? ""}
            className={inputClass}
          />
        </FormField>
        <FormField id={`${p}-criticality`} label="Criticality" error={errors.criticality}>
          <select
            id={`${p}-criticality`}
            name="criticality"
            defaultValue={service?.criticality ?? "medium"}
            className={inputClass}
          >
            {CRITICALITIES.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </FormField>
        <FormField
          id={`${p}-reliance`}
          label="Reliance date"
          hint="The date you rely on the evidence for (e.g. your audit year-end)."
          error={errors.relianceDate}
        >
          <input
            id={`${p}-reliance`}
            name="relianceDate"
            type="date"
            defaultValue={service?.relianceDate ?? ""}
            className={inputClass}
          />
        </FormField>
        <div className="sm:col-span-2">
          <label htmlFor={`${p}-public`} className="flex items-start gap-2 text-sm">
            <input
              id={`${p}-public`}
              type="checkbox"
              name="publicSector"
              defaultChecked={service?.publicSector ?? false}
              className="mt-1"
            />
            <span>
              Bought for a public-sector body
              <span className="block text-xs text-slate-600">
                An ISO/IEC 27001 certificate is then expected in every region, not only where the region&apos;s criteria
                ask for it.
              </span>
            </span>
          </label>
        </div>
        <FormField id={`${p}-owner`} label="Owner" error={errors.ownerId}>
          <select id={`${p}-owner`} name="ownerId" defaultValue={service?.ownerId ?? ""} className={inputClass}>
            <option value="">Nobody yet</option>
            {members.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        </FormField>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className={buttonClass}>
          {pending ? "Saving…" : service ? "Save changes" : "Save service"}
        </button>
        <FormStatus state={state} />
      </div>
    </form>
  );
}
