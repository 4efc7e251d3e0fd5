import type { Metadata } from "next";
import { ssoStartError } from "@/lib/auth/sso/start";
import { AuthCard } from "../../auth-card";
import { SsoForm } from "./sso-form";

export const metadata: Metadata = { title: "Single sign-on" };

export default async function SsoPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const email = typeof params.email === "string" ? params.email.slice(0, 254) : undefined;
  return (
    <AuthCard title="Sign in through your organisation">
      <SsoForm error={ssoStartError(params.error)} email={email} />
    </AuthCard>
  );
}
