import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/auth/actor";
import { countUnread, listNotifications, NOTIFICATION_LIMIT } from "@/lib/reminders/data";
import { markAllReadAction, markReadAction } from "@/lib/reminders/actions";
import { reminderLink } from "@/lib/reminders/plan";
import { transportFromEnv } from "@/lib/reminders/transport";
import { ActionButton } from "@/components/ui/action-button";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { secondaryButtonClass } from "@/components/ui/form-field";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Reminders" };

export default async function NotificationsPage() {
  const actor = await requireActor();
  // The unread count comes with the session check (load-actor.ts), read in this same request.
  const [messages, unread] = await Promise.all([listNotifications(actor), countUnread(actor)]);
  const emailed = transportFromEnv() !== null;
  return (
    <>
      <PageHeader
        title="Reminders"
        description={`Evidence going out of date, overdue gaps and reviews due, addressed to you. ${emailed ? "They are also sent by e-mail." : "E-mail is not configured, so they appear only here."}`}
      >
        {unread > 0 ? (
          <ActionButton
            action={markAllReadAction}
            fields={{}}
            label={`Mark all ${unread} as read`}
            pendingLabel="Marking…"
            className={secondaryButtonClass}
          />
        ) : null}
      </PageHeader>
      {messages.length === 0 ? (
        <EmptyState
          title="No reminders for you"
          body="Assay checks every hour for evidence expiring within 30 days, gaps past their due date and vendor reviews coming up, and sends each to the owner of the vendor, service or gap. Own a vendor or a gap to receive them."
          action={{ href: "/dashboard", label: "See the dashboard" }}
        />
      ) : (
        <>
          <p className="mb-3 text-sm text-slate-600" aria-live="polite">
            {unread} unread{messages.length === NOTIFICATION_LIMIT ? ` · showing the latest ${NOTIFICATION_LIMIT}` : ""}
          </p>
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white" aria-label="Reminders">
            {messages.map((m) => {
              const link = reminderLink(m.kind, m.dedupeKey);
              return (
                <li
                  key={m.id}
                  className={`flex flex-wrap items-start justify-between gap-4 p-4 ${m.readAt ? "" : "bg-indigo-50/40"}`}
                >
                  <div className="min-w-0 flex-1">
                    <p className="flex flex-wrap items-center gap-2 text-sm font-medium text-slate-900">
                      {m.readAt ? null : <Badge tone="info">Unread</Badge>}
                      {m.sentAt ? <Badge tone="muted">E-mailed</Badge> : null}
                      {m.subject}
                    </p>
                    <p className="mt-1 whitespace-pre-line text-sm text-slate-700">
                      {m.body.replace(/\n\nOpen: \S+$/, "")}
                    </p>
                    <p className="mt-1 text-xs text-slate-500">
                      <time dateTime={m.createdAt.toISOString()}>
                        {m.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC
                      </time>
                      {link ? (
                        <>
                          {" "}
                          ·{" "}
                          <Link href={link} className="text-indigo-700 hover:underline">
                            Open
                          </Link>
                        </>
                      ) : null}
                    </p>
                  </div>
                  {m.readAt ? null : (
                    <ActionButton
                      action={markReadAction}
                      fields={{ id: m.id }}
                      label="Mark as read"
                      pendingLabel="Marking…"
                      className={secondaryButtonClass}
                    />
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </>
  );
}
