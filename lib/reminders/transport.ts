// The e-mail seam. deliverOutbox sends through a MailTransport when one is configured and
// otherwise leaves messages unsent, where the in-app /notifications page shows them.

export type MailMessage = { to: string; subject: string; text: string };
export type MailTransport = (msg: MailMessage) => Promise<void>;

/**
 * The transport from the environment, or null. No SMTP client is installed in this project (no
 * nodemailer), so a set SMTP_URL is reported and ignored rather than pretending to send: messages
 * stay in-app until a real transport is plugged in here.
 */
export function transportFromEnv(env: NodeJS.ProcessEnv = process.env): MailTransport | null {
  if (!env.SMTP_URL) return null;
  warnOnce("[reminders] SMTP_URL is set but no SMTP client is installed; reminders stay in-app only.");
  return null;
}

let warned = false;
function warnOnce(line: string) {
  if (warned) return;
  warned = true;
  console.warn(line);
}
