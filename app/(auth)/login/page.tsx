import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getStanding, pathFor } from "@/lib/auth/actor";
import { safeNextPath } from "@/lib/auth/safe-next";
import { organisationCount } from "@/lib/auth/setup";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const next = safeNextPath(params.next);
  // Signing in ends here after each step: a complete session goes on, one waiting for its second
  // factor (or for enrolment its organisation requires) goes to that step.
  const standing = await getStanding();
  if (standing?.kind === "ok") redirect(next);
  if (standing) redirect(`${pathFor(standing)}?next=${encodeURIComponent(next)}`);
  // A fresh instance has nobody to sign in yet: first run goes to the setup page.
  if ((await organisationCount()) === 0) redirect("/setup");
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm">
        <div className="mb-8 text-center">
          <p className="text-3xl font-semibold tracking-tight text-indigo-700">Assay</p>
          <h1 className="mt-2 text-lg text-slate-600">Sign in to review vendor assurance</h1>
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          {params.error ? (
            <p
              role="alert"
              data-testid="sso-error"
              className="mb-4 rounded-md bg-red-50 px-3 py-2 text-sm text-red-800"
            >
              {params.error === "AccessDenied"
                ? "Your organisation's sign-in does not allow this account here. Ask your admin."
                : "Signing in did not work. Try again."}
            </p>
          ) : null}
          <LoginForm next={next} />
          <p className="mt-3 text-center text-sm">
            <a href="/login/sso" className="text-indigo-700 hover:underline">
              Sign in with single sign-on
            </a>
          </p>
        </div>
      </div>
    </main>
  );
}
