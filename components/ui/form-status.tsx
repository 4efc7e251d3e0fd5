import type { ActionResult } from "@/lib/action";
import { Alert } from "./alert";

/** The outcome of a form's last submission: its error, or its success message, or nothing. */
export function FormStatus({ state }: { state: ActionResult<unknown> }) {
  if (!state.ok) return <Alert>{state.error}</Alert>;
  return state.message ? <Alert tone="success">{state.message}</Alert> : null;
}
