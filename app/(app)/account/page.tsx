import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/actor";
import { organisationsOf } from "@/lib/auth/login";
import { ROLE_LABELS, type Role } from "@/lib/auth/roles";
import { findMfaState, countUnusedRecoveryCodes } from "@/lib/auth/mfa/data";
import { EnrolPanel } from "@/lib/auth/mfa/components/enrol-panel";
import { TurnOffForm } from "@/lib/auth/mfa/components/turn-off-form";
import { formatDateText, fromDbDate } from "@/lib/dates";
import { PasswordForm } from "./password-form";
import { SwitchButton } from "./switch-button";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActor();
  const [organisations, params, mfa, codesLeft] = await Promise.all([
    organisationsOf(actor.userId),
    searchParams,
    findMfaState(actor.userId),
    countUnusedRecoveryCodes(actor.userId),
  ]);
  return (
    <>
      <PageHeader title="Your account" description={`${actor.name} · ${actor.email}`} />
      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="orgs-heading" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="orgs-heading" className="font-medium">
            Organisations
          </h2>
          <ul className="mt-3 divide-y divide-slate-100 text-sm">
            {organisations.map((o) => (
              <li key={o.tenantId} className="flex items-center justify-between py-2">
                <span>
                  <span className="font-medium text-slate-900">{o.name}</span>{" "}
                  <span className="text-slate-500">· {ROLE_LABELS[o.role as Role]}</span>
                </span>
                {o.tenantId === actor.tenantId ? (
                  <span className="text-slate-500">current</span>
                ) : (
                  <SwitchButton tenantId={o.tenantId} name={o.name} />
                )}
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="password-heading" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="password-heading" className="font-medium">
            Change password
          </h2>
          <p className="mt-0.5 text-sm text-slate-600">Your sessions in other browsers end when you save.</p>
          {params.changed ? (
            <p role="status" className="mt-3 rounded-md bg-green-50 p-2 text-sm text-green-900">
              Password changed. Your other sessions were signed out.
            </p>
          ) : null}
          <PasswordForm />
        </section>
        <section aria-labelledby="mfa-heading" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="mfa-heading" className="font-medium">
            Two-step sign-in
          </h2>
          <p className="mt-0.5 text-sm text-slate-600">
            After your password, sign-in asks for a code from an authenticator app on your phone.
          </p>
          <div className="mt-3">
            {mfa?.mfaEnabledAt ? (
              <>
                <p className="text-sm" data-testid="mfa-status">
                  On since {formatDateText(fromDbDate(mfa.mfaEnabledAt))} · {codesLeft} recovery codes left
                </p>
                <TurnOffForm />
              </>
            ) : (
              <EnrolPanel />
            )}
          </div>
        </section>
      </div>
    </>
  );
}
