import * as z from "zod";

// What a password a person chooses must be (ASVS 6.2: length, not composition rules).
export const newPasswordSchema = z
  .string()
  .min(12, { error: "Use at least 12 characters" })
  .max(256, { error: "Use at most 256 characters" });
