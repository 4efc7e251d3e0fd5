import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { CardSection, ColumnHeads } from "@/components/ui/card-section";
import { PageHeader } from "@/components/ui/page-header";
import { getCriteriaSets, type CriteriaSetSummary } from "@/lib/criteria/data";
import { EVIDENCE_LABELS, REGION_LABELS, CRITERIA_TIER_LABELS, describeDays } from "@/lib/criteria/labels";
import { fromDbDate } from "@/lib/dates";
import { REGIONS } from "@/lib/scoring/types";
import { requireAdminPage } from "../require-admin";
import { SourceBadge } from "./source-badge";

export const metadata: Metadata = { title: "Criteria sets" };

function appliesNote(set: CriteriaSetSummary): string {
  if (set.tier === "any")
    return set.source === "custom"
      ? "Used by tiers without a set of their own"
      : "Not set: tiers without a set use the shipped default";
  if (set.effectiveSource === "region") return "Uses the region-wide set";
  return "";
}

export default async function CriteriaPage() {
  const actor = await requireAdminPage("criteria:edit");
  const sets = await getCriteriaSets(actor);
  return (
    <>
      <Breadcrumb trail={[{ href: "/settings", label: "Settings" }]} here="Criteria sets" />
      <PageHeader
        title="Criteria sets"
        description="The rules a vendor is scored against, per buyer region and vendor tier. A tier without its own set uses the region-wide set, then the shipped default."
      />
      <div className="space-y-6">
        {REGIONS.map((region) => (
          <CardSection key={region} id={`region-${region}`} heading={REGION_LABELS[region]} count={region}>
            <table className="w-full text-sm">
              <ColumnHeads
                columns={[
                  "Tier",
                  "Status",
                  "Required evidence",
                  "Maximum report age",
                  "Last changed",
                  { srOnly: "Edit" },
                ]}
              />
              <tbody>
                {sets
                  .filter((set) => set.region === region)
                  .map((set) => (
                    <tr
                      key={set.tier}
                      className="border-t border-slate-100"
                      data-testid={`criteria-row-${region}-${set.tier}`}
                    >
                      <th scope="row" className="px-4 py-2 text-left font-medium">
                        {CRITERIA_TIER_LABELS[set.tier]}
                      </th>
                      <td className="px-4 py-2">
                        <SourceBadge source={set.source} version={set.version} />
                        {appliesNote(set) ? <p className="mt-0.5 text-xs text-slate-500">{appliesNote(set)}</p> : null}
                      </td>
                      <td className="px-4 py-2">{EVIDENCE_LABELS[set.rules.requiredEvidence]}</td>
                      <td className="px-4 py-2 tabular-nums">{describeDays(set.rules.maxReportAgeDays)}</td>
                      <td className="px-4 py-2 text-slate-600">
                        {set.updatedAt
                          ? `${fromDbDate(set.updatedAt)}${set.updatedByName ? ` by ${set.updatedByName}` : ""}`
                          : "—"}
                      </td>
                      <td className="px-4 py-2 text-right">
                        <Link
                          href={`/settings/criteria/${region.toLowerCase()}/${set.tier}`}
                          className="rounded-md px-2 py-1 font-medium text-indigo-700 hover:bg-indigo-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500"
                          aria-label={`Edit ${region} ${CRITERIA_TIER_LABELS[set.tier]} criteria`}
                        >
                          Edit
                        </Link>
                      </td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </CardSection>
        ))}
      </div>
    </>
  );
}
