import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { PageHeader } from "@/components/ui/page-header";
import { getCriteriaSet } from "@/lib/criteria/data";
import { ANY_TIER_TEMPLATE } from "@/lib/criteria/defaults";
import { REGION_LABELS, CRITERIA_TIER_LABELS } from "@/lib/criteria/labels";
import { parseCriteriaTier, parseRegion } from "@/lib/criteria/schema";
import { requireAdminPage } from "../../../require-admin";
import { SourceBadge } from "../../source-badge";
import { CriteriaForm } from "./criteria-form";
import { ResetButton } from "./reset-button";
import { rescoreRegionAction } from "@/lib/reviews/actions";
import { ActionButton } from "@/components/ui/action-button";
import { secondaryButtonClass } from "@/components/ui/form-field";

export const metadata: Metadata = { title: "Edit criteria set" };

export default async function EditCriteriaPage({ params }: { params: Promise<{ region: string; tier: string }> }) {
  const actor = await requireAdminPage("criteria:edit");
  const raw = await params;
  const region = parseRegion(raw.region);
  const tier = parseCriteriaTier(raw.tier);
  if (!region || !tier) notFound();
  const set = await getCriteriaSet(actor, region, tier);
  const title = `${REGION_LABELS[region]} · ${CRITERIA_TIER_LABELS[tier]}`;
  const description =
    tier === "any"
      ? `The region-wide set: used for every tier that has no set of its own. Until saved it starts from the ${ANY_TIER_TEMPLATE}-tier default.`
      : `Rules for ${CRITERIA_TIER_LABELS[tier].toLowerCase()}-tier vendors serving buyers in ${region}.`;

  return (
    <>
      <Breadcrumb
        trail={[
          { href: "/settings", label: "Settings" },
          { href: "/settings/criteria", label: "Criteria sets" },
        ]}
        here={`${region} ${CRITERIA_TIER_LABELS[tier]}`}
      />
      <PageHeader title={title} description={description}>
        <ResetButton region={region} tier={tier} version={set.version} disabled={set.source === "default"} />
      </PageHeader>
      <p className="-mt-3 mb-6 flex flex-wrap items-center gap-2 text-sm text-slate-600" data-testid="criteria-status">
        <SourceBadge source={set.source} version={set.version} />
        {set.updatedAt ? (
          <span>
            Last changed {set.updatedAt.toISOString().slice(0, 16).replace("T", " ")} UTC
            {set.updatedByName ? ` by ${set.updatedByName}` : ""}.
          </span>
        ) : (
          <span>Never changed: these are the shipped defaults.</span>
        )}
      </p>
      <CriteriaForm region={region} tier={tier} version={set.version} rules={set.rules} />
      <section className="mt-8 rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="rescore-h">
        <h2 id="rescore-h" className="font-semibold">
          Apply to existing vendors
        </h2>
        <p className="mb-3 mt-1 text-sm text-slate-600">
          Re-score every vendor with a service in {REGION_LABELS[region]}
          {tier === "any" ? "" : ` at the ${CRITERIA_TIER_LABELS[tier].toLowerCase()} tier`} against the saved rules.
          Owners, statuses and accepted risks are kept.
        </p>
        <ActionButton
          action={rescoreRegionAction}
          fields={{ region, tier }}
          label="Re-score affected vendors"
          pendingLabel="Re-scoring…"
          className={secondaryButtonClass}
        />
      </section>
    </>
  );
}
