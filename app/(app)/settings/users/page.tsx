import type { Metadata } from "next";
import { todayIso } from "@/lib/dates";
import Link from "next/link";
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
      <nav aria-label="Breadcrumb" className="mb-2 text-sm text-slate-500">
        <Link href="/settings" className="hover:text-indigo-700 hover:underline">
          Settings
        </Link>{" "}
        / Users
      </nav>
      <PageHeader
        title="Users"
        description={`The people who can sign in to ${actor.tenantName}. Changing a role or disabling someone signs them out of ${actor.tenantName}; their access to any other organisation is theirs and that organisation's.`}
      />
      <div className="space-y-6">
        <InviteForm />
        <section
          aria-labelledby="members-heading"
          className="overflow-hidden rounded-lg border border-slate-200 bg-white"
        >
          <h2 id="members-heading" className="border-b border-slate-200 px-4 py-3 font-medium">
            Members <span className="text-slate-500">({members.length})</span>
          </h2>
          <table className="w-full text-sm">
            <thead className="bg-slate-50 text-left text-slate-600">
              <tr>
                <th scope="col" className="px-4 py-2 font-medium">
                  Name
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  Email
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  Role
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  Status
                </th>
              </tr>
            </thead>
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
        </section>
        {invitations.length ? (
          <section aria-labelledby="pending-heading" className="rounded-lg border border-slate-200 bg-white">
            <h2 id="pending-heading" className="border-b border-slate-200 px-4 py-3 font-medium">
              Pending invitations <span className="text-slate-500">({invitations.length})</span>
            </h2>
            <ul className="divide-y divide-slate-100 text-sm">
              {invitations.map((inv) => (
                <li key={inv.id} className="px-4 py-2" data-testid={`invitation-${inv.email}`}>
                  {inv.name} · {inv.email} · {ROLE_LABELS[inv.role]} · expires {todayIso(inv.expiresAt)}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>
    </>
  );
}
