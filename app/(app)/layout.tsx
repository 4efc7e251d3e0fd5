import Link from "next/link";
import { requireActor } from "@/lib/auth/actor";
import { signOutAction } from "@/lib/auth/actions";
import { can, ROLE_LABELS } from "@/lib/auth/roles";
import { countUnread } from "@/lib/reminders/data";
import { MenuPanel, NavLink } from "./nav-link";

// Navigation only: every page below checks the actor itself (layouts do not re-run on navigation).
export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireActor();
  const unread = await countUnread(actor);
  return (
    <div className="min-h-screen">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2"
      >
        Skip to content
      </a>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-3 px-4 py-3">
          <Link href="/dashboard" className="text-xl font-semibold tracking-tight text-indigo-700">
            Assay
          </Link>
          <MenuPanel>
            <nav aria-label="Main" className="flex flex-col gap-1 lg:flex-row">
              <NavLink href="/dashboard">Dashboard</NavLink>
              <NavLink href="/vendors">Vendors</NavLink>
              <NavLink href="/gaps">Gaps</NavLink>
              <NavLink href="/notifications">{unread ? `Reminders (${unread})` : "Reminders"}</NavLink>
              {can(actor.role, "criteria:edit") ? <NavLink href="/settings">Settings</NavLink> : null}
            </nav>
            <div className="flex items-center justify-between gap-4 border-t border-slate-200 pt-3 lg:ml-auto lg:border-0 lg:pt-0">
              <div className="text-sm leading-tight lg:text-right" data-testid="whoami">
                <Link href="/account" className="font-medium text-slate-900 hover:underline">
                  {actor.name}
                </Link>
                <p className="text-slate-600">
                  {actor.tenantName} · {ROLE_LABELS[actor.role]}
                </p>
              </div>
              <form action={signOutAction}>
                <button
                  type="submit"
                  className="rounded-md border border-slate-300 px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-100"
                >
                  Sign out
                </button>
              </form>
            </div>
          </MenuPanel>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-7xl px-4 py-6 sm:py-8">
        {children}
      </main>
    </div>
  );
}
