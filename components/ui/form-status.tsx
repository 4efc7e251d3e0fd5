import type { ReactNode } from "react";
import type { ActionResult } from "@/lib/action";
import { Alert } from "./alert";

/**
 * The outcome of a form's last submission: its error, or its success message (with `children` under it, e.g. a
 * one-time link), or nothing.
 */
export function FormStatus({ state, children }: { state: ActionResult<unknown>; children?: ReactNode }) {
  if (!state.ok) return <Alert>{state.error}</Alert>;
  if (!state.message && !children) return null;
  return (
    <Alert tone="success">
      {state.message ? <p>{state.message}</p> : null}
      {children}
    </Alert>
  );
}
