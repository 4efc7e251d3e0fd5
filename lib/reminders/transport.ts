import { parseSmtpUrl, smtpTransport } from "./smtp";

// The e-mail seam. deliverOutbox sends through a MailTransport when one is configured and
// otherwise leaves messages unsent, where the in-app /notifications page shows them.

export type MailMessage = { to: string; subject: string; text: string };
export type MailTransport = (msg: MailMessage) => Promise<void>;

/** SMTP when SMTP_URL is set (see smtp.ts), otherwise null: reminders stay in-app only. */
export function transportFromEnv(env: Record<string, string | undefined> = process.env): MailTransport | null {
  if (!env.SMTP_URL) return null;
  return smtpTransport(parseSmtpUrl(env.SMTP_URL, env.SMTP_FROM));
}
