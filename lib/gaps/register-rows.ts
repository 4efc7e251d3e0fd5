import { fromDbDate } from "@/lib/dates";
import { markup, type Markup } from "@/lib/utils/html";
import { GAP_STATUS_LABELS, isActiveStatus, type GapStatus, type Severity } from "@/lib/vocabulary";
import { badgeClass } from "@/components/ui/badge";
import { BULK_FORM_ID } from "./bulk-form-id";
import { subjectLabel } from "./subject-label";

export type RegisterRow = {
  id: string;
  severity: Severity;
  title: string;
  subject: string;
  status: GapStatus;
  dueDate: Date | null;
  ownerId: string | null;
  acceptedUntil: Date | null;
  vendor: { id: string; legalName: string };
};

const DUE = "whitespace-nowrap tabular-nums";
const OVERDUE = "whitespace-nowrap tabular-nums font-medium text-red-700";

/**
 * The gap register's rows as markup (docs/decisions/040): plain server-rendered elements, no
 * component and no React element per row; the same markup the JSX rendered. Row and cell classes
 * are `.gap-rows` in app/globals.css. Links are plain <a>: next/link costs render time per row and
 * makes the browser prefetch every row.
 */
export function registerRowsHtml(
  rows: readonly RegisterRow[],
  opts: { today: string; names: ReadonlyMap<string, string>; selectable: boolean },
): Markup {
  return markup`${rows.map((g) => {
    const due = fromDbDate(g.dueDate);
    const overdue = due !== null && due < opts.today && isActiveStatus(g.status);
    const subject = subjectLabel(g.subject);
    const owner = g.ownerId
      ? markup`${opts.names.get(g.ownerId) ?? "former member"}`
      : markup`<span class="text-slate-600">unassigned</span>`;
    const accepted = g.status === "risk_accepted" && g.acceptedUntil ? ` until ${fromDbDate(g.acceptedUntil)}` : "";
    const label = `Select: ${g.title} (${g.vendor.legalName})`;
    const cells = [
      // The checkbox joins the bulk-triage form (lib/gaps/components/bulk-triage.tsx) by its form attribute.
      opts.selectable
        ? markup`<td class="gap-pick"><input type="checkbox" form="${BULK_FORM_ID}" aria-label="${label}" class="size-5" name="gapIds" value="${g.id}"/></td>`
        : null,
      markup`<td><span class="${badgeClass(g.severity)}">${g.severity}</span></td>`,
      markup`<td class="max-md:pr-10"><a class="row-link" href="/gaps/${g.id}">${g.title}</a>`,
      markup`<span class="block max-w-lg truncate text-xs text-slate-600" title="${subject}">${subject}</span></td>`,
      markup`<td><a class="hover:underline" href="/vendors/${g.vendor.id}">${g.vendor.legalName}</a></td>`,
      markup`<td><span class="cell-label">Owner: </span>${owner}</td>`,
      markup`<td class="${overdue ? OVERDUE : DUE}"><span class="cell-label">Due: </span>${due ?? "—"}${overdue ? " (overdue)" : ""}</td>`,
      markup`<td>${GAP_STATUS_LABELS[g.status]}${accepted}</td>`,
    ];
    return markup`<tr>${cells}</tr>`;
  })}`;
}
