import type { CheckContext, GapDraft } from "../check-types";
import { sortedByKey } from "../order";
import { cite } from "../evidence";
import { countriesIn } from "../geo";
import { listNames } from "../describe";
import type { Subprocessor } from "../types";

/**
 * Does each sub-processor process data where the buyer needs it kept? An entry outside the service's
 * regions needs a transfer mechanism (adequacy, SCCs, DPF certification), not a relocation; a list
 * with no locations leaves transfers unknown. One finding per list.
 */
export function checkSubprocessorLocations({ vendor, service }: CheckContext): GapDraft[] {
  if (!service.dataTypes.some((type) => type !== "public") || service.regions.length === 0) return [];
  const regions = new Set<string>(service.regions);
  const wantedCountries = new Set(service.locations.flatMap((place) => countriesIn(place).map((c) => c.name)));
  return vendor.subprocessorLists.flatMap((list): GapDraft[] => {
    const entries = sortedByKey(
      list.entries.filter((entry) => entry.handlesBuyerData !== false),
      (entry) => JSON.stringify([entry.name, entry.locations]),
    );
    if (entries.length === 0) return [];
    const unknown: Subprocessor[] = [];
    const outside: { entry: Subprocessor; places: string[] }[] = [];
    for (const entry of entries) {
      const countries = (entry.locations ?? []).flatMap((place) => countriesIn(place));
      if (countries.length === 0) {
        unknown.push(entry);
        continue;
      }
      const away = countries.filter(
        (country) => !wantedCountries.has(country.name) && (country.region === null || !regions.has(country.region)),
      );
      if (away.length > 0) outside.push({ entry, places: [...new Set(away.map((country) => country.name))] });
    }
    if (outside.length === 0 && unknown.length === 0) return [];
    const where = [...service.regions, ...service.locations].join(", ");
    const parts: string[] = [];
    if (outside.length > 0)
      parts.push(
        `Processed outside ${where}: ${outside.map(({ entry, places }) => `${entry.name} (${places.join(", ")})`).join("; ")}. Confirm the transfer mechanism for each (adequacy decision, standard contractual clauses with a transfer impact assessment, or Data Privacy Framework certification) and whether a regional deployment is offered.`,
      );
    if (unknown.length > 0)
      parts.push(
        `No processing location given for ${listNames(unknown.map((entry) => entry.name))}: ask where each processes your data.`,
      );
    const onlyUnknown = outside.length === 0;
    return [
      {
        subject: `${list.documentId}:locations`,
        severity: onlyUnknown && unknown.length < entries.length ? "low" : "medium",
        title: onlyUnknown
          ? "Sub-processor locations not stated"
          : `Sub-processors outside ${where}: transfer mechanism needed`,
        detail: parts.join(" "),
        citation: cite(list.documentId, (outside[0]?.entry ?? unknown[0]!).source),
      },
    ];
  });
}
