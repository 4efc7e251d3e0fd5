import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getStanding } from "@/lib/auth/actor";
import { safeNextPath } from "@/lib/auth/safe-next";
import { AuthCard } from "../../auth-card";
import { MfaCodeForm } from "./mfa-code-form";

export const metadata: Metadata = { title: "Two-step sign-in" };

export default async function MfaPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const next = safeNextPath((await searchParams).next);
  const standing = await getStanding();
  if (standing?.kind !== "mfa") redirect(`/login?next=${encodeURIComponent(next)}`);
  return (
    <AuthCard title="Enter the code from your authenticator app">
      <MfaCodeForm next={next} />
    </AuthCard>
  );
}
