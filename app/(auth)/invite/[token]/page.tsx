import type { Metadata } from "next";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { viewInvitation, INVALID_LINK_MESSAGE } from "@/lib/auth/invitations";
import { AuthCard } from "../../auth-card";
import { InviteAcceptForm } from "./accept-form";

export const metadata: Metadata = { title: "Join Assay", referrer: "no-referrer" };

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await viewInvitation(token);
  if (!invitation) {
    return (
      <AuthCard title="This link has expired">
        <p role="alert" className="text-sm text-slate-700">
          {INVALID_LINK_MESSAGE}
        </p>
      </AuthCard>
    );
  }
  const title = invitation.purpose === "reset" ? "Choose a new password" : `Join ${invitation.tenantName} on Assay`;
  return (
    <AuthCard title={title}>
      <p className="mb-4 text-sm text-slate-600">
        {invitation.purpose === "reset"
          ? `For ${invitation.email} in ${invitation.tenantName}. Your other sessions end when you save.`
          : `${invitation.email} is invited as ${ROLE_LABELS[invitation.role]}.`}
      </p>
      <InviteAcceptForm
        token={token}
        email={invitation.email}
        name={invitation.name}
        mode={invitation.purpose === "reset" ? "reset" : invitation.hasAccount ? "confirm" : "create"}
      />
    </AuthCard>
  );
}
