"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/action";
import { createApiToken, revokeApiToken } from "./mutations";
import { createApiTokenSchema, revokeApiTokenSchema } from "./schema";

export const createApiTokenAction = authedAction("user:manage", createApiTokenSchema, async (input, actor) => {
  const created = await createApiToken(actor, input);
  revalidatePath("/settings/tokens");
  return {
    ok: true as const,
    data: created,
    message: `Token “${created.name}” created. Copy it now: it is shown only once.`,
  };
});

export const revokeApiTokenAction = authedAction("user:manage", revokeApiTokenSchema, async (input, actor) => {
  const { changed } = await revokeApiToken(actor, input);
  revalidatePath("/settings/tokens");
  return { ok: true as const, message: changed ? "Token revoked. Its next request is refused." : "Already revoked." };
});
