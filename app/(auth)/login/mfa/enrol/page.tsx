import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getStanding } from "@/lib/auth/actor";
import { EnrolPanel } from "@/lib/auth/mfa/components/enrol-panel";
import { AuthCard } from "../../../auth-card";

export const metadata: Metadata = { title: "Set up two-step sign-in" };

// Reached from any page while the organisation requires MFA and the person has none: the session
// can do nothing else until a code from their app has been verified.
export default async function EnrolPage() {
  const standing = await getStanding();
  if (standing?.kind !== "enrol") redirect("/login");
  return (
    <AuthCard title={`${standing.actor.tenantName} requires two-step sign-in`}>
      <EnrolPanel doneHref="/dashboard" />
    </AuthCard>
  );
}
