import type { Metadata } from "next";
import { RESET_INVALID_MESSAGE, resetTokenValid } from "@/lib/auth/passwords";
import { AuthCard } from "../../auth-card";
import { ResetForm } from "./reset-form";

export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };

export default async function ResetPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  if (!(await resetTokenValid(token)))
    return (
      <AuthCard title="This link has expired">
        <p role="alert" className="text-sm text-slate-700">
          {RESET_INVALID_MESSAGE}
        </p>
      </AuthCard>
    );
  return (
    <AuthCard title="Choose a new password">
      <ResetForm token={token} />
    </AuthCard>
  );
}
