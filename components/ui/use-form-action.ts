"use client";

import { startTransition, useActionState, type FormEvent } from "react";
import type { ActionResult, FormAction } from "@/lib/action";

/**
 * useActionState without React 19's automatic form reset: a form passed to `action={…}` is reset
 * after every submission, so a validation error would wipe what the user typed (and desync
 * controlled selects from their state). Submitting through onSubmit keeps the fields as they are.
 */
export function useFormAction(action: FormAction) {
  const [state, dispatch, pending] = useActionState(action, { ok: true } as ActionResult<unknown>);
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    startTransition(() => dispatch(data));
  };
  return [state, onSubmit, pending] as const;
}
