import { actionWords, fieldChanges } from "../describe";

export type HistoryEvent = {
  id: string;
  action: string;
  actorId: string | null;
  createdAt: Date;
  data: unknown;
};

/** A history list: when, who, what, and each changed field as old → new. */
export function HistoryList({
  events,
  nameOf,
  empty = "Nothing yet.",
}: {
  events: HistoryEvent[];
  nameOf: (id: string) => string | null;
  empty?: string;
}) {
  if (!events.length) return <p className="text-sm text-slate-600">{empty}</p>;
  return (
    <ol className="space-y-1.5 text-xs text-slate-600">
      {events.map((h) => {
        const changes = fieldChanges(h.data, nameOf);
        const commented = (h.data as { commented?: unknown } | null)?.commented === true;
        return (
          <li key={h.id}>
            <span className="tabular-nums">{h.createdAt.toISOString().slice(0, 16).replace("T", " ")}</span> ·{" "}
            {(h.actorId && nameOf(h.actorId)) ?? "system"} · {actionWords(h.action, h.data)}
            {changes.length ? (
              <ul className="ml-3 list-disc pl-3">
                {changes.map((c) => (
                  <li key={c.field}>
                    {c.field}: <del className="text-slate-500">{c.from}</del> →{" "}
                    <ins className="no-underline text-slate-800">{c.to}</ins>
                  </li>
                ))}
              </ul>
            ) : null}
            {commented ? <span> (with a comment)</span> : null}
          </li>
        );
      })}
    </ol>
  );
}
