"use client";

import { useFormAction } from "@/components/ui/use-form-action";
import { FormStatus } from "./form-status";
import type { ActionResult, FormAction } from "@/lib/action";

/** A one-button form for an action that takes hidden fields and reports a message. */
export function ActionButton({
  action,
  fields,
  label,
  pendingLabel,
  className,
}: {
  action: FormAction;
  fields: Record<string, string>;
  label: string;
  pendingLabel: string;
  className: string;
}) {
  const [state, onSubmit, pending] = useFormAction(action);
  return (
    <form onSubmit={onSubmit} className="space-y-2">
      {Object.entries(fields).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <button type="submit" disabled={pending} className={className}>
        {pending ? pendingLabel : label}
      </button>
      <FormStatus state={state} />
    </form>
  );
}
