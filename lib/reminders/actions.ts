"use server";

import { revalidatePath } from "next/cache";
import * as z from "zod";
import { authedAction } from "@/lib/action";
import { markAllNotificationsRead, markNotificationRead } from "./mutations";

// Reading your own reminders needs only read access: every role may clear its own inbox.
export const markReadAction = authedAction("vendor:read", z.object({ id: z.uuid() }), async ({ id }, actor) => {
  await markNotificationRead(actor, id);
  revalidatePath("/notifications");
});

export const markAllReadAction = authedAction("vendor:read", z.object({}), async (_input, actor) => {
  const n = await markAllNotificationsRead(actor);
  revalidatePath("/notifications");
  return { ok: true, message: n === 1 ? "1 reminder marked as read." : `${n} reminders marked as read.` };
});
