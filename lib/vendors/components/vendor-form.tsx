"use client";

import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionResult, FormAction } from "@/lib/action";
import { Alert } from "@/components/ui/alert";
import { buttonClass, FormField, inputClass } from "@/components/ui/form-field";
import { VENDOR_STATUSES, VENDOR_TIERS } from "../schema";

type Vendor = {
  id?: string;
  legalName: string;
  aliases: string[];
  website: string | null;
  tier: string;
  status: string;
  nextReviewDate: string | null;
};

export function VendorForm({
  action,
  vendor,
  submitLabel,
}: {
  action: FormAction;
  vendor?: Vendor;
  submitLabel: string;
}) {
  const [state, onSubmit, pending] = useFormAction(action);
  const errors = state.ok ? {} : (state.fieldErrors ?? {});
  return (
    <form onSubmit={onSubmit} className="max-w-xl space-y-4 rounded-lg border border-slate-200 bg-white p-6">
      {vendor?.id ? <input type="hidden" name="vendorId" value={vendor.id} /> : null}
      {!state.ok ? <Alert>{state.error}</Alert> : null}
      <FormField
        id="legalName"
        label="Legal name"
        hint="As on the contract, e.g. “Amazon Web Services, Inc.”"
        error={errors.legalName}
      >
        <input
          id="legalName"
          name="legalName"
          required
          maxLength={200}
          defaultValue={vendor?.legalName}
          className={inputClass}
          aria-invalid={Boolean(errors.legalName)}
        />
      </FormField>
      <FormField
        id="aliases"
        label="Other names"
        hint="Trading names or abbreviations, separated by commas (e.g. AWS)."
        error={errors.aliases}
      >
        <input
          id="aliases"
          name="aliases"
          maxLength={1000}
          defaultValue={vendor?.aliases.join(", ")}
          className={inputClass}
        />
      </FormField>
      <FormField id="website" label="Website" error={errors.website}>
        <input
          id="website"
          name="website"
          type="url"
          maxLength={500}
          placeholder="https://"
          defaultValue={vendor?.website ?? ""}
          className={inputClass}
        />
      </FormField>
      <div className="grid grid-cols-2 gap-4">
        <FormField id="tier" label="Tier" hint="How much you depend on this vendor." error={errors.tier}>
          <select id="tier" name="tier" defaultValue={vendor?.tier ?? "medium"} className={inputClass}>
            {VENDOR_TIERS.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </FormField>
        <FormField id="status" label="Status" error={errors.status}>
          <select id="status" name="status" defaultValue={vendor?.status ?? "onboarding"} className={inputClass}>
            {VENDOR_STATUSES.map((s) => (
              <option key={s} value={s}>
                {s.replace("_", " ")}
              </option>
            ))}
          </select>
        </FormField>
      </div>
      <FormField id="nextReviewDate" label="Next review date" error={errors.nextReviewDate}>
        <input
          id="nextReviewDate"
          name="nextReviewDate"
          type="date"
          defaultValue={vendor?.nextReviewDate ?? ""}
          className={inputClass}
        />
      </FormField>
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? "Saving…" : submitLabel}
      </button>
    </form>
  );
}
