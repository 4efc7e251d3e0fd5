import { fromDbDate } from "@/lib/dates";
import type { RegisterRow } from "@/lib/gaps/register-rows";
import { subjectLabel } from "@/lib/gaps/subject-label";
import { markup, type Markup } from "@/lib/utils/html";
import { GAP_STATUS_LABELS } from "@/lib/vocabulary";
import { badgeClass } from "@/components/ui/badge";

/** A register row without its vendor (the page is the vendor's), with the service it is on and whether it repeats. */
export type VendorGapRow = Omit<RegisterRow, "vendor"> & { serviceId: string | null; repeat: boolean };

/**
 * The vendor page's gap rows as markup (docs/decisions/040), like the register's
 * (lib/gaps/register-rows.ts); the same markup the JSX rendered. A title shared by several gaps
 * (one per CUEC, per document…) gets its subject shown beneath.
 */
export function vendorGapRowsHtml(
  gaps: readonly VendorGapRow[],
  opts: { serviceName: ReadonlyMap<string, string>; nameOf: (id: string | null) => string | null },
): Markup {
  const titleCounts = new Map<string, number>();
  for (const g of gaps) titleCounts.set(g.title, (titleCounts.get(g.title) ?? 0) + 1);
  return markup`${gaps.map((g) => {
    const subject = (titleCounts.get(g.title) ?? 0) > 1 ? subjectLabel(g.subject) : null;
    const owner = opts.nameOf(g.ownerId);
    const service = g.serviceId ? (opts.serviceName.get(g.serviceId) ?? "—") : "—";
    const accepted = g.status === "risk_accepted" && g.acceptedUntil ? ` until ${fromDbDate(g.acceptedUntil)}` : "";
    const cells = [
      markup`<td class="py-1.5"><span class="${badgeClass(g.severity)}">${g.severity}</span></td>`,
      markup`<td class="py-1.5 pr-2" data-label="Gap"><a class="text-indigo-700 hover:underline" href="/gaps/${g.id}">${g.title}</a>`,
      subject === null
        ? null
        : markup`<span class="block max-w-md truncate text-xs text-slate-500 max-sm:whitespace-normal" title="${subject}">${subject}</span>`,
      markup`</td><td class="py-1.5 pr-2 text-slate-600" data-label="Service">${service}</td>`,
      markup`<td class="py-1.5 pr-2" data-label="Owner">${owner ?? markup`<span class="whitespace-nowrap text-slate-400">unassigned</span>`}</td>`,
      markup`<td class="whitespace-nowrap py-1.5 pr-2 tabular-nums" data-label="Due">${fromDbDate(g.dueDate) ?? "—"}</td>`,
      markup`<td class="py-1.5" data-label="Status">${GAP_STATUS_LABELS[g.status]}${accepted}`,
      g.repeat ? markup`<span class="ml-1"><span class="${badgeClass("info")}">repeat</span></span>` : null,
      markup`</td>`,
    ];
    return markup`<tr class="border-t border-slate-100 align-top">${cells}</tr>`;
  })}`;
}
