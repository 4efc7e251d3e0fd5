import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/roles";
import { fromDbDate } from "@/lib/dates";
import { updateGapAction } from "@/lib/gaps/actions";
import { GapForm } from "@/lib/gaps/components/gap-form";
import { loadGap } from "@/lib/gaps/data";
import { needsType2Commitment } from "@/lib/scoring/type2-commitment";
import { GAP_STATUS_LABELS } from "@/lib/vocabulary";
import { HistoryList } from "@/lib/audit/components/history-list";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { citationHref } from "@/components/pdf-viewer/citation-href";

export const metadata: Metadata = { title: "Gap" };

export default async function GapPage({ params }: { params: Promise<{ gapId: string }> }) {
  const actor = await requireActor();
  const { gapId } = await params;
  const loaded = await loadGap(actor, gapId);
  if (!loaded) notFound();
  const { gap, members, history, service, citedDoc } = loaded;
  const names = new Map(members.map((m) => [m.id, m.name]));
  const citation = gap.citation as { documentId?: string; page?: number | null; quote?: string | null } | null;
  return (
    <>
      <p className="mb-2 text-sm">
        <a className="text-indigo-700 hover:underline" href={`/vendors/${gap.vendor.id}`}>
          ← {gap.vendor.legalName}
        </a>
        <span className="text-slate-600"> · </span>
        <a className="text-indigo-700 hover:underline" href={`/gaps?vendor=${gap.vendor.id}&status=all`}>
          All gaps of this vendor
        </a>
      </p>
      <PageHeader
        title={gap.title}
        description={`${gap.vendor.legalName}${service ? ` · ${service.name}` : ""} · check ${gap.checkId}`}
      >
        <Badge tone={gap.severity}>{gap.severity}</Badge>
        <Badge tone="muted">{GAP_STATUS_LABELS[gap.status]}</Badge>
        {gap.repeat ? <Badge tone="info">Repeat finding</Badge> : null}
      </PageHeader>
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-4 lg:col-span-2">
          <section className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
            <p className="whitespace-pre-line text-slate-800">{gap.detail}</p>
            {gap.closedReason ? <p className="mt-2 text-slate-700">Closed: {gap.closedReason}</p> : null}
            <dl className="mt-3 grid grid-cols-2 gap-2 text-slate-600">
              <div>
                <dt className="text-xs uppercase text-slate-500">Suggested owner</dt>
                <dd>{gap.ownerRole}</dd>
              </div>
              <div>
                <dt className="text-xs uppercase text-slate-500">First seen</dt>
                <dd>{fromDbDate(gap.firstSeenAt)}</dd>
              </div>
            </dl>
            <div className="mt-3 rounded-md bg-slate-50 p-3">
              <p className="text-xs uppercase text-slate-500">Source</p>
              {citation?.documentId && citedDoc ? (
                <p>
                  <Link
                    className="text-indigo-700 hover:underline"
                    href={citationHref(citedDoc.id, citation.page, citation.quote)}
                  >
                    {citedDoc.filename}
                  </Link>
                  {citation.page ? `, page ${citation.page}` : ""}
                  {citation.quote ? <span className="block text-slate-600">“{citation.quote}”</span> : null}
                </p>
              ) : (
                <p className="text-slate-600">No document: this gap is about evidence that is missing.</p>
              )}
            </div>
          </section>
          {can(actor.role, "gap:edit") ? (
            <GapForm
              action={updateGapAction}
              members={members}
              canAccept={can(actor.role, "gap:accept-risk")}
              type2Commitment={needsType2Commitment(gap)}
              gap={{
                id: gap.id,
                version: gap.version,
                ownerId: gap.ownerId,
                dueDate: fromDbDate(gap.dueDate),
                status: gap.status,
                acceptanceNote: gap.acceptanceNote,
                acceptedUntil: fromDbDate(gap.acceptedUntil),
              }}
            />
          ) : (
            <section className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
              <p>
                Owner: {gap.ownerId ? names.get(gap.ownerId) : "unassigned"} · Due {fromDbDate(gap.dueDate) ?? "—"}
              </p>
            </section>
          )}
        </div>
        <aside className="space-y-4">
          <section className="rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="comments-h">
            <h2 id="comments-h" className="mb-2 font-semibold">
              Comments
            </h2>
            {gap.comments.length ? (
              <ol className="space-y-2 text-sm">
                {gap.comments.map((c) => (
                  <li key={c.id}>
                    <p>{c.body}</p>
                    <p className="text-xs text-slate-500">
                      {names.get(c.authorId) ?? "former member"} ·{" "}
                      {c.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC
                    </p>
                  </li>
                ))}
              </ol>
            ) : (
              <p className="text-sm text-slate-600">No comments.</p>
            )}
          </section>
          <section className="rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="history-h">
            <h2 id="history-h" className="mb-2 font-semibold">
              History
            </h2>
            <HistoryList events={history} nameOf={(id) => names.get(id) ?? null} empty="No changes yet." />
          </section>
        </aside>
      </div>
    </>
  );
}
