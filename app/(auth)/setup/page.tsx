import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { organisationCount } from "@/lib/auth/setup";
import { AuthCard } from "../auth-card";
import { SetupForm } from "./setup-form";

export const metadata: Metadata = { title: "Set up Assay" };
export const dynamic = "force-dynamic";

/** First run only: once an organisation exists this page is gone (admins invite everyone else). */
export default async function SetupPage() {
  if ((await organisationCount()) > 0) redirect("/login");
  return (
    <AuthCard title="Set up your organisation">
      <p className="mb-4 text-sm text-slate-600">
        Enter the setup token that <code>npm start</code> printed in the terminal, then create your organisation and its
        first admin account.
      </p>
      <SetupForm />
    </AuthCard>
  );
}
