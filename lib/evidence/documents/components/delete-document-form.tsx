"use client";

import { FormField, inputClass, secondaryButtonClass } from "@/components/ui/form-field";
import { FormStatus } from "@/components/ui/form-status";
import { useFormAction } from "@/components/ui/use-form-action";
import type { FormAction } from "@/lib/action";

/** Remove a wrong upload: the reason is kept with the document and on each withdrawn finding. */
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
  const errors = state.ok ? {} : (state.fieldErrors ?? {});
  const id = `delete-${documentId}`;
  return (
    <form onSubmit={onSubmit} className="space-y-2" aria-label={`Remove ${filename}`}>
      <input type="hidden" name="documentId" value={documentId} />
      <FormField
        id={id}
        label="Why remove it?"
        hint="Its findings are withdrawn with this reason, not marked resolved. The file stays in the audit trail."
        error={errors.reason}
      >
        <input id={id} name="reason" required minLength={5} className={inputClass} placeholder="Wrong vendor" />
      </FormField>
      <button type="submit" disabled={pending} className={secondaryButtonClass}>
        {pending ? "Removing…" : "Remove document"}
      </button>
      <FormStatus state={state} />
    </form>
  );
}
