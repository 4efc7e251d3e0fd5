import type { Metadata } from "next";
import { AuthCard } from "../../auth-card";
import { SsoForm } from "./sso-form";

export const metadata: Metadata = { title: "Single sign-on" };

export default function SsoPage() {
  return (
    <AuthCard title="Sign in through your organisation">
      <SsoForm />
    </AuthCard>
  );
}
