import "server-only";
import * as z from "zod";
import { recordDenial } from "./audit/denial";
import { AppError, DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from "./errors";
import { requireActorOrThrow, type Actor } from "./auth/actor";
import { assertCan } from "./auth/roles";
import type { Permission } from "./auth/roles";

export type ActionResult<T = undefined> =
  | { ok: true; data?: T; message?: string }
  | { ok: false; error: string; fieldErrors?: Record<string, string[] | undefined> };

/**
 * The one way to write a server action: parse input with the schema, resolve the actor from the
 * database, check the permission, run the body. Expected failures come back as { ok: false } for
 * the form to show; bugs are logged and the user gets a generic message.
 * tests/unit/route-guard.test.ts fails if a "use server" file exports an action not built with it.
 */
export function authedAction<S extends z.ZodType, T>(
  permission: Permission,
  schema: S,
  body: (input: z.infer<S>, actor: Actor) => Promise<ActionResult<T> | void>,
) {
  // Called as action(input) or, from useActionState, as action(previousState, formData).
  return async (...args: unknown[]): Promise<ActionResult<T>> => {
    const raw = args.length > 1 ? args[1] : args[0];
    let actor: Actor | null = null;
    try {
      const parsed = schema.safeParse(raw instanceof FormData ? formToObject(raw) : raw);
      if (!parsed.success) {
        const flat = z.flattenError(parsed.error);
        return {
          ok: false,
          error: "Some fields need attention.",
          fieldErrors: flat.fieldErrors as Record<string, string[] | undefined>,
        };
      }
      actor = await requireActorOrThrow();
      assertCan(actor, permission);
      return (await body(parsed.data, actor)) ?? { ok: true };
    } catch (err) {
      await recordDenial(actor, err, `action:${permission}`);
      if (err instanceof AppError) return { ok: false, error: err.message };
      // Next's redirect()/notFound() work by throwing; let them through.
      if (
        err &&
        typeof err === "object" &&
        "digest" in err &&
        String((err as { digest: unknown }).digest).startsWith("NEXT_")
      )
        throw err;
      const ref = crypto.randomUUID();
      if (isDatabaseUnavailable(err)) {
        console.error(
          `[action] ${ref}: database unavailable: ${String((err as Error)?.message ?? err)
            .split("\n")
            .filter(Boolean)
            .at(-1)}`,
        );
        return { ok: false, error: `${DATABASE_UNAVAILABLE_MESSAGE} (reference ${ref})` };
      }
      console.error(`[action] ${ref} failed`, err);
      return { ok: false, error: `Something went wrong (reference ${ref}). Nothing was saved.` };
    }
  };
}

/** What a form's useActionState receives. */
export type FormAction = (prev: ActionResult<unknown>, form: FormData) => Promise<ActionResult<unknown>>;

/** FormData → plain object; a repeated key (checkbox group) becomes an array. Files are dropped. */
export function formToObject(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of form.entries()) {
    if (typeof value !== "string" || key.startsWith("$ACTION")) continue;
    const prev = out[key];
    out[key] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  return out;
}
