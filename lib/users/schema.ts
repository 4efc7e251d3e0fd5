import * as z from "zod";
import { ROLES } from "@/lib/auth/roles";

// Form and action input for user management; the one place these shapes are defined.

const role = z.enum(ROLES, { error: "Choose a role" });
const userId = z.uuid({ error: "Unknown user" });

export const inviteUserSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, { error: "Enter the person's name" })
    .max(120, { error: "Names are at most 120 characters" }),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(254, { error: "Email addresses are at most 254 characters" })
    .pipe(z.email({ error: "Enter an email address like name@example.com" })),
  role,
});
export type InviteUserInput = z.input<typeof inviteUserSchema>;

export const changeRoleSchema = z.object({ userId, role });
export type ChangeRoleInput = z.input<typeof changeRoleSchema>;

// Form values are strings; "true"/"false" from a hidden input must not both read as true.
export const setUserDisabledSchema = z.object({
  userId,
  disabled: z.preprocess((value) => (value === "true" ? true : value === "false" ? false : value), z.boolean()),
});
export type SetUserDisabledInput = z.input<typeof setUserDisabledSchema>;

export const resetSignInSchema = z.object({ userId });
export type ResetSignInInput = z.input<typeof resetSignInSchema>;
