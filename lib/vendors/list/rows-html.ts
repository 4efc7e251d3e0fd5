import { fromDbDate } from "@/lib/dates";
import { markup, type Markup } from "@/lib/utils/html";
import { SEVERITIES } from "@/lib/vocabulary";
import { badgeClass } from "@/components/ui/badge";
import { evidenceState, type VendorListRow } from "./loaders";

const EVIDENCE_BADGE = {
  none: [badgeClass("muted"), "No evidence"],
  expired: [badgeClass("critical"), "Expired"],
  expiring: [badgeClass("medium"), "Expiring"],
  current: [badgeClass("good"), "Current"],
} as const;
const [CRIT, HIGH, MED, LOW] = SEVERITIES.map(badgeClass);

/**
 * The vendor list's rows as markup (docs/decisions/040): plain server-rendered elements, no component
 * and no React element per row; the same markup the JSX rendered. Row and cell classes are
 * `.vendor-rows` in app/globals.css; plain links, as in the gap register (lib/gaps/register-rows.ts).
 */
export function vendorRowsHtml(rows: readonly VendorListRow[], today: string): Markup {
  return markup`${rows.map((v) => {
    const state = evidenceState(v.evidenceExpires, v.evidenceCount, today);
    const [tone, label] = EVIDENCE_BADGE[state];
    const expires = v.evidenceExpires && state !== "none" ? fromDbDate(v.evidenceExpires) : null;
    const counts = `${v.critical} critical, ${v.high} high, ${v.medium} medium, ${v.low} low`;
    const none = !v.critical && !v.high && !v.medium && !v.low;
    const cells = [
      markup`<td class="font-medium"><a class="row-link" href="/vendors/${v.id}">${v.legalName}</a></td>`,
      markup`<td class="capitalize" data-label="Tier">${v.tier}</td>`,
      markup`<td data-label="Status">${v.status.replace("_", " ")}</td>`,
      markup`<td data-label="Evidence"><span class="${tone}">${label}</span>`,
      expires ? markup`<span class="ml-2 text-xs text-slate-500">${expires}</span>` : null,
      markup`</td><td data-label="Open gaps"><span class="flex flex-wrap gap-1" aria-label="${counts}">`,
      v.critical ? markup`<span class="${CRIT}">${v.critical} crit</span>` : null,
      v.high ? markup`<span class="${HIGH}">${v.high} high</span>` : null,
      v.medium ? markup`<span class="${MED}">${v.medium} med</span>` : null,
      v.low ? markup`<span class="${LOW}">${v.low} low</span>` : null,
      none ? markup`<span class="text-slate-400">—</span>` : null,
      markup`</span></td>`,
      markup`<td class="tabular-nums" data-label="Next review">${fromDbDate(v.nextReviewDate) ?? "—"}</td>`,
    ];
    return markup`<tr>${cells}</tr>`;
  })}`;
}
