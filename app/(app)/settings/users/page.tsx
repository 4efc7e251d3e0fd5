import type { Metadata } from "next";
import { todayIso } from "@/lib/dates";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { CardSection, ColumnHeads } from "@/components/ui/card-section";
import { PageHeader } from "@/components/ui/page-header";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { listMembers, listPendingInvitations } from "@/lib/users/data";
import { requireAdminPage } from "../require-admin";
import { InviteForm } from "./invite-form";
import { MemberActions } from "./member-actions";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const actor = await requireAdminPage("user:manage");
  const [members, invitations] = await Promise.all([listMembers(actor), listPendingInvitations(actor)]);
  return (
    <>
      <Breadcrumb trail={[{ href: "/settings", label: "Settings" }]} here="Users" />
      <PageHeader
        title="Users"
        description={`The people who can sign in to ${actor.tenantName}. Changing a role or disabling someone signs them out of ${actor.tenantName}; their access to any other organisation is theirs and that organisation's.`}
      />
      <div className="space-y-6">
        <InviteForm />
        <CardSection id="members-heading" heading="Members" count={members.length}>
          <table className="w-full text-sm">
            <ColumnHeads columns={["Name", "Email", "Role", "Status"]} />
            <tbody>
              {members.map((member) => (
                <tr
                  key={member.userId}
                  className="border-t border-slate-100 align-top"
                  data-testid={`member-${member.email}`}
                >
                  <th scope="row" className="whitespace-nowrap px-4 py-3 text-left font-medium text-slate-900">
                    {member.name}
                    {member.userId === actor.userId ? (
                      <span className="ml-1 font-normal text-slate-500">(you)</span>
                    ) : null}
                  </th>
                  <td className="px-4 py-3 text-slate-700">{member.email}</td>
                  <MemberActions
                    userId={member.userId}
                    name={member.name}
                    role={member.role}
                    disabled={member.disabled}
                    self={member.userId === actor.userId}
                    signsInWith={member.signsInWith}
                  />
                </tr>
              ))}
            </tbody>
          </table>
        </CardSection>
        {invitations.length ? (
          <CardSection id="pending-heading" heading="Pending invitations" count={invitations.length}>
            <ul className="divide-y divide-slate-100 text-sm">
              {invitations.map((inv) => (
                <li key={inv.id} className="px-4 py-2" data-testid={`invitation-${inv.email}`}>
                  {inv.name} · {inv.email} · {ROLE_LABELS[inv.role]} · expires {todayIso(inv.expiresAt)}
                </li>
              ))}
            </ul>
          </CardSection>
        ) : null}
      </div>
    </>
  );
}
