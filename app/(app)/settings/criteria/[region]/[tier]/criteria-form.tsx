"use client";

import { useState, useTransition } from "react";
import { saveCriteriaAction } from "@/lib/criteria/actions";
import { CHECK_LABELS, DATA_TYPE_LABELS, EVIDENCE_LABELS, TSC_LABELS } from "@/lib/criteria/labels";
import { SEVERITY_LABELS } from "@/lib/vocabulary";
import { ISO_VERSIONS, type CriteriaRules } from "@/lib/criteria/schema";
import { CHECK_IDS } from "@/lib/scoring/check-ids";
import { DATA_TYPES, REQUIRED_EVIDENCE, SEVERITIES, TSC_CATEGORIES } from "@/lib/scoring/types";
import { CheckboxGroup, DaysField, FieldError, Section, Toggle } from "./fields";

type Props = { region: string; tier: string; version: number; rules: CriteriaRules };
type Outcome =
  { ok: true; message?: string } | { ok: false; error: string; fieldErrors?: Record<string, string[] | undefined> };

const ISO_LABELS = { "2013": "ISO/IEC 27001:2013", "2022": "ISO/IEC 27001:2022" } as const;

/**
 * Checkbox groups need FormData.getAll, which the action's Object.fromEntries would lose, so the
 * form builds the structured input itself; the server validates it with the same schema.
 */
function readForm(form: HTMLFormElement) {
  const data = new FormData(form);
  const all = (name: string) => data.getAll(name).map(String);
  const checksOn = new Set(all("checksOn"));
  return {
    requiredEvidence: data.get("requiredEvidence"),
    maxReportAgeDays: data.get("maxReportAgeDays"),
    minType2PeriodDays: data.get("minType2PeriodDays"),
    bridgeRequiredAfterDays: data.get("bridgeRequiredAfterDays"),
    maxBridgeDays: data.get("maxBridgeDays"),
    requiredTsc: all("requiredTsc"),
    requiredTscByDataType: Object.fromEntries(
      DATA_TYPES.map((type) => [type, all(`tscFor.${type}`)]).filter(([, list]) => list.length > 0),
    ),
    requiredEvidenceByDataType: Object.fromEntries(
      DATA_TYPES.map((type) => [type, String(data.get(`evidenceFor.${type}`) ?? "")]).filter(
        ([, value]) => value !== "",
      ),
    ),
    acceptedIsoVersions: all("acceptedIsoVersions"),
    iso2013InvalidFrom: data.get("iso2013InvalidFrom"),
    expiryWarningDays: data.get("expiryWarningDays"),
    surveillanceIntervalDays: data.get("surveillanceIntervalDays"),
    recognisedAccreditationBodies: String(data.get("recognisedAccreditationBodies") ?? "")
      .split(/[\n,]/)
      .map((body) => body.trim())
      .filter(Boolean),
    slaDays: Object.fromEntries(SEVERITIES.map((severity) => [severity, data.get(`sla.${severity}`)])),
    disabledChecks: CHECK_IDS.filter((id) => !checksOn.has(id)),
  };
}

export function CriteriaForm({ region, tier, version: loadedVersion, rules }: Props) {
  const [version, setVersion] = useState(loadedVersion);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [pending, startTransition] = useTransition();
  const errors = outcome && !outcome.ok ? (outcome.fieldErrors ?? {}) : {};

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = { region, tier, expectedVersion: version, ...readForm(event.currentTarget) };
    startTransition(async () => {
      const result = await saveCriteriaAction(input);
      if (result.ok && result.data) setVersion(result.data.version);
      setOutcome(result);
    });
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-6" aria-label={`${region} ${tier} criteria`}>
      <Section title="Required evidence" description="What a vendor must have on file for this region and tier.">
        <fieldset>
          <legend className="sr-only">Required evidence</legend>
          <div className="grid gap-2 sm:grid-cols-2">
            {REQUIRED_EVIDENCE.map((option) => (
              <label
                key={option}
                className="flex items-center gap-2 rounded-md border border-slate-200 px-3 py-2 text-sm has-checked:border-indigo-400 has-checked:bg-indigo-50"
              >
                <input
                  type="radio"
                  name="requiredEvidence"
                  value={option}
                  defaultChecked={rules.requiredEvidence === option}
                  className="h-4 w-4 border-slate-300 text-indigo-600 focus:ring-indigo-500"
                />
                {EVIDENCE_LABELS[option]}
              </label>
            ))}
          </div>
          <FieldError id="requiredEvidence-error" messages={errors.requiredEvidence} />
        </fieldset>
        <fieldset className="mt-5" aria-describedby="requiredEvidenceByDataType-hint">
          <legend className="text-sm font-medium text-slate-800">More evidence by data type</legend>
          <p id="requiredEvidenceByDataType-hint" className="text-xs text-slate-500">
            When the service handles this kind of data, the vendor must also have this evidence (heavy personal or
            payment data: both).
          </p>
          <div className="mt-2 grid gap-2 sm:grid-cols-2">
            {DATA_TYPES.map((type) => (
              <label key={type} className="flex items-center justify-between gap-3 text-sm text-slate-700">
                <span>{DATA_TYPE_LABELS[type]}</span>
                <select
                  name={`evidenceFor.${type}`}
                  defaultValue={rules.requiredEvidenceByDataType?.[type] ?? ""}
                  className="rounded-md border border-slate-300 px-2 py-1 text-sm focus:border-indigo-500 focus:outline-none focus:ring-1 focus:ring-indigo-500"
                >
                  <option value="">Nothing more</option>
                  {REQUIRED_EVIDENCE.map((option) => (
                    <option key={option} value={option}>
                      {EVIDENCE_LABELS[option]}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </div>
          <FieldError id="requiredEvidenceByDataType-error" messages={errors.requiredEvidenceByDataType} />
        </fieldset>
      </Section>

      <Section
        title="SOC 2 reports"
        description="How recent and how long the examined period must be, and what it must cover."
      >
        <div className="grid gap-5 sm:grid-cols-2">
          <DaysField
            name="maxReportAgeDays"
            label="Maximum report age"
            hint="From the end of the examined period to the review date."
            defaultValue={rules.maxReportAgeDays}
            errors={errors.maxReportAgeDays}
          />
          <DaysField
            name="minType2PeriodDays"
            label="Minimum Type 2 period"
            hint="Shortest examined period accepted; 6 to 12 months is usual."
            defaultValue={rules.minType2PeriodDays}
            errors={errors.minType2PeriodDays}
          />
        </div>
        <div className="mt-5">
          <CheckboxGroup
            name="requiredTsc"
            legend="Trust services categories every report must examine"
            options={TSC_CATEGORIES}
            labels={TSC_LABELS}
            checked={rules.requiredTsc}
            errors={errors.requiredTsc}
          />
        </div>
        <fieldset className="mt-5" aria-describedby="requiredTscByDataType-hint">
          <legend className="text-sm font-medium text-slate-800">Extra categories by data type</legend>
          <p id="requiredTscByDataType-hint" className="text-xs text-slate-500">
            When the service handles this kind of data, the report must also examine the ticked categories.
          </p>
          <div className="mt-2 overflow-x-auto">
            <table className="text-sm">
              <thead>
                <tr className="text-left text-slate-600">
                  <th scope="col" className="py-1 pr-4 font-medium">
                    Data type
                  </th>
                  {TSC_CATEGORIES.map((category) => (
                    <th key={category} scope="col" className="px-2 py-1 text-center font-medium">
                      {TSC_LABELS[category]}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {DATA_TYPES.map((type) => (
                  <tr key={type} className="border-t border-slate-100">
                    <th scope="row" className="py-1 pr-4 text-left font-normal text-slate-700">
                      {DATA_TYPE_LABELS[type]}
                    </th>
                    {TSC_CATEGORIES.map((category) => (
                      <td key={category} className="px-2 py-1 text-center">
                        <input
                          type="checkbox"
                          name={`tscFor.${type}`}
                          value={category}
                          defaultChecked={rules.requiredTscByDataType[type]?.includes(category) ?? false}
                          aria-label={`${DATA_TYPE_LABELS[type]}: require ${TSC_LABELS[category]}`}
                          className="h-4 w-4 rounded border-slate-300 text-indigo-600 focus:ring-indigo-500"
                        />
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <FieldError id="requiredTscByDataType-error" messages={errors.requiredTscByDataType} />
        </fieldset>
      </Section>

      <Section
        title="Bridge letters"
        description="A bridge letter covers the time between a report's period end and the review date."
      >
        <div className="grid gap-5 sm:grid-cols-2">
          <DaysField
            name="bridgeRequiredAfterDays"
            label="Bridge letter needed after"
            hint="Days after the period end before a bridge letter is required."
            defaultValue={rules.bridgeRequiredAfterDays}
            errors={errors.bridgeRequiredAfterDays}
          />
          <DaysField
            name="maxBridgeDays"
            label="Maximum bridge length"
            hint="Longest period one bridge letter may cover; about 3 months is usual."
            defaultValue={rules.maxBridgeDays}
            errors={errors.maxBridgeDays}
          />
        </div>
      </Section>

      <Section
        title="ISO/IEC 27001 certificates"
        description="Which editions are accepted and how closely certificates must be kept up."
      >
        <CheckboxGroup
          name="acceptedIsoVersions"
          legend="Accepted versions"
          options={ISO_VERSIONS}
          labels={ISO_LABELS}
          checked={rules.acceptedIsoVersions}
          errors={errors.acceptedIsoVersions}
        />
        <div className="mt-5 grid gap-5 sm:grid-cols-3">
          <div>
            <label htmlFor="iso2013InvalidFrom" className="block text-sm font-medium text-slate-800">
              ISO 27001:2013 invalid from
            </label>
            <input
              id="iso2013InvalidFrom"
              name="iso2013InvalidFrom"
              type="date"
              defaultValue={rules.iso2013InvalidFrom}
              aria-invalid={errors.iso2013InvalidFrom?.length ? true : undefined}
              aria-describedby="iso2013InvalidFrom-hint iso2013InvalidFrom-error"
              className="mt-1 rounded-md border border-slate-300 px-2 py-1.5 text-sm focus:border-indigo-500 focus:outline-none focus:ring-1 focus:ring-indigo-500"
            />
            <p id="iso2013InvalidFrom-hint" className="mt-1 text-xs text-slate-500">
              The IAF transition to the 2022 edition ended on 31 October 2025.
            </p>
            <FieldError id="iso2013InvalidFrom-error" messages={errors.iso2013InvalidFrom} />
          </div>
          <DaysField
            name="surveillanceIntervalDays"
            label="Surveillance interval"
            hint="Most days allowed between certification audits."
            defaultValue={rules.surveillanceIntervalDays}
            errors={errors.surveillanceIntervalDays}
          />
          <DaysField
            name="expiryWarningDays"
            label="Certificate expiry warning"
            hint="Warn this many days before a certificate expires."
            defaultValue={rules.expiryWarningDays}
            errors={errors.expiryWarningDays}
          />
        </div>
        <div className="mt-5">
          <label htmlFor="recognisedAccreditationBodies" className="block text-sm font-medium text-slate-800">
            Recognised accreditation bodies
          </label>
          <textarea
            id="recognisedAccreditationBodies"
            name="recognisedAccreditationBodies"
            rows={3}
            defaultValue={rules.recognisedAccreditationBodies.join(", ")}
            aria-describedby="recognisedAccreditationBodies-hint recognisedAccreditationBodies-error"
            className="mt-1 w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm focus:border-indigo-500 focus:outline-none focus:ring-1 focus:ring-indigo-500"
          />
          <p id="recognisedAccreditationBodies-hint" className="mt-1 text-xs text-slate-500">
            Separated by commas or new lines, e.g. UKAS, ANAB. The defaults are IAF MLA signatories.
          </p>
          <FieldError id="recognisedAccreditationBodies-error" messages={errors.recognisedAccreditationBodies} />
        </div>
      </Section>

      <Section title="Gap deadlines" description="Days from a gap being found to its due date, by severity.">
        <div className="grid gap-5 sm:grid-cols-4">
          {SEVERITIES.map((severity) => (
            <DaysField
              key={severity}
              name={`sla.${severity}`}
              label={`${SEVERITY_LABELS[severity]} gaps`}
              defaultValue={rules.slaDays[severity]}
            />
          ))}
        </div>
        <FieldError id="slaDays-error" messages={errors.slaDays} />
      </Section>

      <Section
        title="Checks"
        description="Turn a check off to stop it raising gaps for this region and tier. A check stays on for a vendor if any of its regions keeps it on."
      >
        <div className="grid gap-x-10 divide-y divide-slate-100 sm:grid-cols-2 sm:divide-y-0">
          {CHECK_IDS.map((id) => (
            <Toggle
              key={id}
              name="checksOn"
              value={id}
              label={CHECK_LABELS[id]}
              defaultOn={!rules.disabledChecks.includes(id)}
            />
          ))}
        </div>
        <FieldError id="disabledChecks-error" messages={errors.disabledChecks} />
      </Section>

      <div className="sticky bottom-0 -mx-4 flex flex-wrap items-center gap-4 border-t border-slate-200 bg-slate-50/95 px-4 py-3 backdrop-blur">
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-indigo-600 px-4 py-2 text-sm font-medium text-white hover:bg-indigo-500 disabled:opacity-60 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 focus-visible:ring-offset-2"
        >
          {pending ? "Saving…" : "Save criteria"}
        </button>
        <div aria-live="polite" className="text-sm">
          {outcome?.ok ? (
            <p role="status" className="text-green-800">
              {outcome.message ?? "Saved."}
            </p>
          ) : null}
          {outcome && !outcome.ok ? (
            <p role="alert" className="text-red-700">
              {outcome.error}{" "}
              {outcome.error.startsWith("Someone else") ? (
                <a href="" className="font-medium underline">
                  Reload
                </a>
              ) : null}
            </p>
          ) : null}
        </div>
      </div>
    </form>
  );
}
