"use client";

import { useActionState } from "react";
import type { ActionResult, FormAction } from "@/lib/action";
import { Alert } from "./alert";

/** A one-button form for an action that takes hidden fields and reports a message. */
export function ActionButton({ action, fields, label, pendingLabel, className }: { action: FormAction; fields: Record<string, string>; label: string; pendingLabel: string; className: string }) {
  const [state, formAction, pending] = useActionState(action, { ok: true } as ActionResult<unknown>);
  return (
    <form action={formAction} className="space-y-2">
      {Object.entries(fields).map(([k, v]) => <input key={k} type="hidden" name={k} value={v} />)}
      <button type="submit" disabled={pending} className={className}>{pending ? pendingLabel : label}</button>
      {!state.ok ? <Alert>{state.error}</Alert> : state.message ? <Alert tone="success">{state.message}</Alert> : null}
    </form>
  );
}
