import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { organisationRequiresMfa } from "@/lib/auth/mfa/data";
import { loadSsoSettings } from "@/lib/auth/sso/data";
import { appLink } from "@/lib/auth/tokens";
import { SsoForm } from "./sso-form";
import { requireAdminPage } from "../require-admin";
import { RequireMfaForm } from "./require-mfa-form";

export const metadata: Metadata = { title: "Sign-in settings" };

export default async function SignInSettingsPage() {
  const actor = await requireAdminPage("user:manage");
  const [requireMfa, sso] = await Promise.all([organisationRequiresMfa(actor.tenantId), loadSsoSettings(actor)]);
  return (
    <>
      <PageHeader title="Sign-in" description={`How the people of ${actor.tenantName} sign in to Assay.`} />
      <section aria-labelledby="mfa-heading" className="max-w-2xl rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="mfa-heading" className="font-medium">
          Two-step sign-in
        </h2>
        <p className="mt-0.5 text-sm text-slate-600">
          When required, members who have not set it up are asked to on their next sign-in, before they can do anything
          else. People who sign in through single sign-on use their identity provider&apos;s instead.
        </p>
        <RequireMfaForm required={requireMfa} />
      </section>
      <section aria-labelledby="sso-heading" className="mt-6 max-w-2xl rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="sso-heading" className="font-medium">
          Single sign-on (OpenID Connect)
        </h2>
        <p className="mt-0.5 text-sm text-slate-600">
          People with an address in an allowed domain sign in through your identity provider; their first sign-in makes
          them a member with the role below.
        </p>
        <SsoForm
          callbackUrl={appLink("/api/auth/callback/sso")}
          values={{
            issuer: sso?.issuer ?? "",
            clientId: sso?.clientId ?? "",
            allowedDomains: sso?.allowedDomains ?? [],
            defaultRole: sso?.defaultRole ?? "viewer",
            enabled: sso?.enabled ?? true,
            hasSecret: Boolean(sso),
          }}
        />
      </section>
    </>
  );
}
