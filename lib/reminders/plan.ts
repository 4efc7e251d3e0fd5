import type { CurrencyStep } from "@/lib/scoring";

// Pure: facts in, messages out. No clock, no database, so the addressing rules are easy to test
// and the same facts always give the same dedupe keys (that is what makes re-runs send nothing twice).

export type ReminderFacts = {
  /** Current, not disabled members of the tenant: only they may receive a reminder. */
  members: { userId: string; role: "admin" | "security" | "analyst" | "viewer" }[];
  services: { id: string; vendorId: string; ownerId: string | null }[];
  evidence: {
    documentId: string;
    vendorId: string;
    legalName: string;
    filename: string;
    kind: string;
    label: string;
    due: string;
    bucket: CurrencyStep;
  }[];
  overdueGaps: {
    id: string;
    title: string;
    severity: string;
    vendorId: string;
    legalName: string;
    ownerId: string | null;
    serviceId: string | null;
    due: string;
  }[];
  reviewsDue: { vendorId: string; legalName: string; due: string }[];
};

export type ReminderKind = "evidence-expiring" | "evidence-expired" | "gap-overdue" | "vendor-review-due";

export type ReminderMessage = {
  tenantId: string;
  userId: string;
  kind: ReminderKind;
  dedupeKey: string;
  subject: string;
  body: string;
};

const IN_WORDS: Record<Exclude<CurrencyStep, "expired">, string> = {
  "1d": "within a day",
  "7d": "within 7 days",
  "30d": "within 30 days",
};

/**
 * Addressed to the owners people chose: a gap's owner, then the owner of the gap's service, then
 * the owners of the vendor's services; evidence and review dates go to the vendor's service owners.
 * Never to the vendor's stored owner: that is whoever created the vendor, not a choice anyone made
 * (docs/decisions/022). With no chosen owner in the tenant, security reviewers (else admins).
 *
 * One message per (event, recipient). The key names the event and the step it reached
 * (30d → 7d → 1d → expired; a gap's due date; a vendor's review date), so each step is announced
 * once, and a new due date is announced again. The recipient is part of the key because the
 * tenant-wide unique key must allow the same event to reach two people.
 */
export function planReminders(tenantId: string, facts: ReminderFacts): ReminderMessage[] {
  const members = new Set(facts.members.map((m) => m.userId));
  const security = facts.members.filter((m) => m.role === "security").map((m) => m.userId);
  // Security reviewers triage evidence and gaps; admins only when the tenant has no reviewer.
  const fallback = security.length ? security : facts.members.filter((m) => m.role === "admin").map((m) => m.userId);
  const serviceOwners = new Map<string, string[]>();
  const serviceOwner = new Map<string, string>();
  for (const s of facts.services) {
    if (!s.ownerId) continue;
    serviceOwner.set(s.id, s.ownerId);
    serviceOwners.set(s.vendorId, [...(serviceOwners.get(s.vendorId) ?? []), s.ownerId]);
  }
  // The first candidate group with a current member wins; owners who left the tenant are skipped.
  const pick = (...groups: (string | null | undefined | string[])[]): string[] => {
    for (const g of groups) {
      const ids = [...new Set((Array.isArray(g) ? g : [g]).filter((id): id is string => !!id && members.has(id)))];
      if (ids.length) return ids;
    }
    return [...new Set(fallback)].sort();
  };

  const out: ReminderMessage[] = [];
  const push = (to: string[], kind: ReminderKind, key: string, subject: string, body: string) => {
    for (const userId of to) out.push({ tenantId, userId, kind, dedupeKey: `${key}:to:${userId}`, subject, body });
  };

  for (const e of facts.evidence) {
    const to = pick(serviceOwners.get(e.vendorId));
    const what = `${e.legalName}'s ${e.label} (${e.filename})`;
    if (e.bucket === "expired") {
      push(
        to,
        "evidence-expired",
        `evidence-expired:${e.documentId}`,
        `Evidence out of date: ${e.legalName}`,
        `${what} went out of date on ${e.due}. Ask the vendor for a current one and upload it.\n\nOpen: /documents/${e.documentId}`,
      );
    } else {
      push(
        to,
        "evidence-expiring",
        `evidence-expiring:${e.documentId}:${e.bucket}`,
        `Evidence expiring ${IN_WORDS[e.bucket]}: ${e.legalName}`,
        `${what} goes out of date on ${e.due}. Ask the vendor for the next one now.\n\nOpen: /documents/${e.documentId}`,
      );
    }
  }
  for (const g of facts.overdueGaps) {
    const to = pick(g.ownerId, g.serviceId ? serviceOwner.get(g.serviceId) : null, serviceOwners.get(g.vendorId));
    push(
      to,
      "gap-overdue",
      `gap-overdue:${g.id}:${g.due}`,
      `Overdue ${g.severity} gap: ${g.legalName}`,
      `"${g.title}" (${g.legalName}) was due on ${g.due} and is still open. Resolve it, accept the risk, or set a new due date.\n\nOpen: /gaps/${g.id}`,
    );
  }
  for (const v of facts.reviewsDue) {
    const to = pick(serviceOwners.get(v.vendorId));
    push(
      to,
      "vendor-review-due",
      `vendor-review-due:${v.vendorId}:${v.due}`,
      `Review due: ${v.legalName}`,
      `${v.legalName} is due for review on ${v.due}.\n\nOpen: /vendors/${v.vendorId}`,
    );
  }
  return out;
}

/** The in-app link for a message, from its key (keys are `<kind>:<id>:…`). */
export function reminderLink(kind: string, dedupeKey: string): string | null {
  const id = dedupeKey.split(":")[1];
  if (!id || !/^[0-9a-f-]{36}$/i.test(id)) return null;
  if (kind === "evidence-expiring" || kind === "evidence-expired") return `/documents/${id}`;
  if (kind === "gap-overdue") return `/gaps/${id}`;
  if (kind === "vendor-review-due") return `/vendors/${id}`;
  return null;
}
