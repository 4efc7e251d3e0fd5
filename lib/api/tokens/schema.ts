import * as z from "zod";
import { TOKEN_SCOPES } from "./scopes";

export const createApiTokenSchema = z.object({
  name: z.string().trim().min(1, "Give the token a name.").max(100, "Use at most 100 characters."),
  scope: z.enum(TOKEN_SCOPES, "Choose what the token may do."),
});
export type CreateApiTokenInput = z.output<typeof createApiTokenSchema>;

export const revokeApiTokenSchema = z.object({ tokenId: z.uuid() });
export type RevokeApiTokenInput = z.output<typeof revokeApiTokenSchema>;

/** Active tokens an organisation may hold at once: a leak-hunting admin should have a short list to read. */
export const MAX_ACTIVE_TOKENS = 50;
