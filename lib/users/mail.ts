import "server-only";
import { transportFromEnv } from "@/lib/reminders/transport";

/**
 * Sends a sign-in link by e-mail when SMTP_URL is configured. Returns whether it was sent: without
 * SMTP (or when the relay refuses) the caller shows the link to the admin once instead.
 */
export async function mailLink(to: string, subject: string, text: string): Promise<boolean> {
  const transport = transportFromEnv();
  if (!transport) return false;
  try {
    await transport({ to, subject, text });
    return true;
  } catch (err) {
    console.error(`[mail] could not send "${subject}": ${err instanceof Error ? err.message : String(err)}`);
    return false;
  }
}
