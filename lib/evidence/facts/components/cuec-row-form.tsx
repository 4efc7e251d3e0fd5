"use client";

import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionResult, FormAction } from "@/lib/action";
import { inputClass } from "@/components/ui/form-field";

type Cuec = {
  id: string;
  text: string;
  criteria: string[];
  page: number | null;
  buyerControl: string | null;
  ownerId: string | null;
  evidenceUrl: string | null;
  dueDate: string | null;
};

/** One CUEC: which of the buyer's controls meets it, who owns it, the evidence, and by when. */
export function CuecRowForm({
  action,
  documentId,
  cuec,
  members,
  canEdit,
}: {
  action: FormAction;
  documentId: string;
  cuec: Cuec;
  members: { id: string; name: string }[];
  canEdit: boolean;
}) {
  const [state, onSubmit, pending] = useFormAction(action);
  const mapped = Boolean(cuec.buyerControl && cuec.ownerId && cuec.evidenceUrl);
  const status = (
    <p className="mt-1 text-xs text-slate-500">
      {cuec.criteria.join(", ") || "no criteria named"}
      {cuec.page ? ` · p. ${cuec.page}` : ""} ·{" "}
      {mapped ? (
        <span className="text-emerald-700">mapped</span>
      ) : (
        <span className="text-orange-700">not fully mapped</span>
      )}
    </p>
  );
  if (!canEdit) {
    // Someone who may not edit reads the mapping as text, not as disabled inputs that look editable.
    const owner = members.find((m) => m.id === cuec.ownerId)?.name;
    const rows: [string, string | null][] = [
      ["Your control", cuec.buyerControl],
      ["Owner", owner ?? null],
      ["Due date", cuec.dueDate],
      ["Evidence link", cuec.evidenceUrl],
    ];
    return (
      <div className="rounded-lg border border-slate-200 bg-white p-3 text-sm" data-testid="cuec-row">
        <p className="text-slate-800">{cuec.text}</p>
        {status}
        <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-4">
          {rows.map(([label, value]) => (
            <div key={label} className="min-w-0">
              <dt className="text-xs text-slate-500">{label}</dt>
              <dd className={value ? "break-words text-slate-900" : "text-slate-600 italic"}>{value ?? "Not set"}</dd>
            </div>
          ))}
        </dl>
      </div>
    );
  }
  return (
    <form
      onSubmit={onSubmit}
      className="rounded-lg border border-slate-200 bg-white p-3 text-sm"
      aria-label="CUEC mapping"
      data-testid="cuec-row"
    >
      <input type="hidden" name="documentId" value={documentId} />
      <input type="hidden" name="cuecId" value={cuec.id} />
      <p className="text-slate-800">{cuec.text}</p>
      {status}
      <fieldset className="mt-2 grid gap-2 sm:grid-cols-4">
        <input
          name="buyerControl"
          defaultValue={cuec.buyerControl ?? ""}
          placeholder="Your control (e.g. IAM-04 quarterly access review)"
          aria-label="Buyer control"
          className={`${inputClass} sm:col-span-2`}
        />
        <select name="ownerId" defaultValue={cuec.ownerId ?? ""} aria-label="Owner" className={inputClass}>
          <option value="">Owner…</option>
          {members.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </select>
        <input
          name="dueDate"
          type="date"
          defaultValue={cuec.dueDate ?? ""}
          aria-label="Due date"
          className={inputClass}
        />
        <input
          name="evidenceUrl"
          defaultValue={cuec.evidenceUrl ?? ""}
          placeholder="Evidence link (https://…)"
          aria-label="Evidence link"
          className={`${inputClass} sm:col-span-3`}
        />
        <button
          type="submit"
          disabled={pending}
          className="rounded-md border border-slate-300 px-3 py-2 font-medium hover:bg-slate-50"
        >
          {pending ? "Saving…" : "Save"}
        </button>
      </fieldset>
      {!state.ok ? (
        <p role="alert" className="mt-1 text-red-700">
          {state.error}{" "}
          {Object.values(state.fieldErrors ?? {})
            .flat()
            .join(" ")}
        </p>
      ) : state.message ? (
        <p role="status" className="mt-1 text-emerald-700">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
