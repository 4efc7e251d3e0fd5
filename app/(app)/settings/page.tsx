import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { requireAdminPage } from "./require-admin";

export const metadata: Metadata = { title: "Settings" };

const SECTIONS = [
  {
    href: "/settings/criteria",
    title: "Criteria sets",
    body: "What evidence each region and vendor tier requires, how old it may be, and how fast gaps must close.",
  },
  { href: "/settings/users", title: "Users", body: "Invite people, change their role or disable them." },
  {
    href: "/settings/tokens",
    title: "API tokens",
    body: "Tokens for your security team's scripts: read vendors and gaps, upload documents, export.",
  },
  {
    href: "/settings/sso",
    title: "Sign-in",
    body: "Require two-step sign-in; single sign-on through your identity provider.",
  },
] as const;

export default async function SettingsPage() {
  await requireAdminPage("criteria:edit");
  return (
    <>
      <PageHeader title="Settings" description="Criteria per region and vendor tier, and the people who use Assay." />
      <ul className="grid gap-4 sm:grid-cols-2">
        {SECTIONS.map((section) => (
          <li key={section.href}>
            <Link
              href={section.href}
              className="block h-full rounded-lg border border-slate-200 bg-white p-4 hover:border-indigo-300 hover:shadow-sm focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500"
            >
              <h2 className="font-medium text-indigo-700">{section.title}</h2>
              <p className="mt-1 text-sm text-slate-600">{section.body}</p>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
