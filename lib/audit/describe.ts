import { GAP_STATUS_LABELS, type GapStatus } from "@/lib/vocabulary";

// How an audit event reads in a history list: who did what, and for a change, each field's old
// and new value ("owner: unassigned → Dana"). Pure, so the gap page and the vendor page say it the
// same way and it can be tested without a database.

/** Events that only record someone looking: left out of a vendor's history unless asked for. */
export const VIEW_ACTIONS = ["document.view", "document.download"] as const;

const FIELD_WORDS: Record<string, string> = {
  ownerId: "owner",
  dueDate: "due date",
  status: "status",
  acceptanceNote: "justification",
  acceptedUntil: "accepted until",
};

export type FieldChange = { field: string; from: string; to: string };

type ChangeData = { changed?: unknown; before?: unknown; after?: unknown; changes?: unknown };

function shown(field: string, value: unknown, nameOf: (id: string) => string | null): string {
  if (value === null || value === undefined || value === "") return field === "ownerId" ? "unassigned" : "none";
  if (field === "ownerId" && typeof value === "string") return nameOf(value) ?? "former member";
  if (field === "status" && typeof value === "string") return GAP_STATUS_LABELS[value as GapStatus] ?? value;
  const text = Array.isArray(value) ? value.join(", ") || "none" : String(value);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

/**
 * The field changes an event recorded: events written with { changed, before, after } (gaps) or
 * { changes: { field: { from, to } } } (vendors, services, decisions); [] otherwise.
 */
export function fieldChanges(data: unknown, nameOf: (id: string) => string | null): FieldChange[] {
  const d = (data ?? {}) as ChangeData;
  if (d.changes && typeof d.changes === "object" && !Array.isArray(d.changes)) {
    return Object.entries(d.changes as Record<string, { from?: unknown; to?: unknown } | null>).map(([field, c]) => ({
      field: FIELD_WORDS[field] ?? field.replace(/([A-Z])/g, " $1").toLowerCase(),
      from: shown(field, c?.from, nameOf),
      to: shown(field, c?.to, nameOf),
    }));
  }
  if (!Array.isArray(d.changed)) return [];
  const before = (d.before ?? {}) as Record<string, unknown>;
  const after = (d.after ?? {}) as Record<string, unknown>;
  return d.changed
    .filter((f): f is string => typeof f === "string")
    .map((field) => ({
      field: FIELD_WORDS[field] ?? field,
      from: shown(field, before[field], nameOf),
      to: shown(field, after[field], nameOf),
    }));
}

/** Sign-in and session events, said as a person would (lib/auth/sign-in-events.ts writes them). */
const ACTION_WORDS: Record<string, string> = {
  "auth.sign_in": "signed in",
  "auth.sign_out": "signed out",
  "auth.sign_in_failed": "sign-in refused",
  "auth.lockout": "account locked after repeated failed sign-ins",
  "auth.throttled": "sign-ins from one address throttled",
  "auth.csrf_refused": "request refused: missing or wrong CSRF token",
};

const REFUSAL_WORDS: Record<string, string> = {
  "wrong-password": "wrong password",
  locked: "account locked",
  disabled: "membership disabled",
  "no-membership": "account in no organisation",
  "unknown-account": "no such account",
};

/** "gap.update" → "gap update"; a bulk triage says so; sign-in events in words, with their reason. */
export function actionWords(action: string, data: unknown): string {
  const d = (data ?? {}) as { bulk?: unknown; reason?: unknown };
  // A re-score changes a gap for a reason the documents gave (lib/reviews/rescore/mutations.ts).
  if (action === "gap.rescore") return typeof d.reason === "string" ? `re-score: ${d.reason}` : "re-score";
  const known = ACTION_WORDS[action];
  if (known) {
    const reason = typeof d.reason === "string" ? (REFUSAL_WORDS[d.reason] ?? d.reason) : null;
    return reason ? `${known} (${reason})` : known;
  }
  const words = action.replace(/[._]/g, " ");
  return d.bulk ? `${words} (bulk triage)` : words;
}
