import type { Metadata } from "next";
import { AuthCard } from "../auth-card";
import { ForgotForm } from "./forgot-form";

export const metadata: Metadata = { title: "Forgot password" };

export default function ForgotPage() {
  const mail = Boolean(process.env.SMTP_URL);
  return (
    <AuthCard title="Forgot your password?">
      {mail ? (
        <ForgotForm />
      ) : (
        <p className="text-sm text-slate-700">
          This Assay does not send e-mail. Ask an admin of your organisation for a new sign-in link (Settings → Users →
          Reset sign-in).
        </p>
      )}
    </AuthCard>
  );
}
