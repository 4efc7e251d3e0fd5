import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { organisationRequiresMfa } from "@/lib/auth/mfa/data";
import { requireAdminPage } from "../require-admin";
import { RequireMfaForm } from "./require-mfa-form";

export const metadata: Metadata = { title: "Sign-in settings" };

export default async function SignInSettingsPage() {
  const actor = await requireAdminPage("user:manage");
  const requireMfa = await organisationRequiresMfa(actor.tenantId);
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
    </>
  );
}
