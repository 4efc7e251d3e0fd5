import type { CheckContext, GapDraft } from "../check-types";
import { citeField } from "../evidence";
import { countriesIn } from "../geo";
import { normalizeText, textMentions } from "../names";
import { scopedDocuments } from "../scoped-documents";

/** Do the report's and certificate's locations cover the buyer's locations, or at least its regions? */
export function checkLocationsCovered({ vendor, service }: CheckContext): GapDraft[] {
  return scopedDocuments(vendor).flatMap((doc): GapDraft[] => {
    const citation = citeField(doc, doc.locationsField);
    const places = doc.locations ?? [];
    const needs = service.locations.length > 0 ? service.locations.join(", ") : service.regions.join(", ");
    if (places.length === 0) {
      // Regions alone are too coarse to test a document that names no places (transfers are judged
      // on the sub-processor list): only named locations make the silence worth a note.
      if (service.locations.length === 0) return [];
      return [
        {
          subject: doc.documentId,
          severity: "low",
          title: "Could not verify locations in scope",
          detail: `The ${doc.label} lists no locations, so it cannot be shown to cover ${needs}.`,
          citation,
        },
      ];
    }
    const placeCountries: { name: string; region: string | null }[] = [];
    for (const place of places) placeCountries.push(...countriesIn(place));
    const placesText = places.join(" ; ");

    if (service.locations.length > 0) {
      return service.locations
        .filter((location) => {
          const wanted = countriesIn(location).map((country) => country.name);
          if (wanted.length > 0)
            return !wanted.every((name) => placeCountries.some((country) => country.name === name));
          return !textMentions(placesText, location);
        })
        .map((location) => ({
          subject: `${doc.documentId}:${normalizeText(location)}`,
          severity: "medium" as const,
          title: `${location} is not among the locations covered`,
          detail: `The ${doc.label} covers ${placesText}. Your service needs ${location}.`,
          citation,
        }));
    }
    return service.regions
      .filter((region) => !placeCountries.some((country) => country.region === region))
      .map((region) => ({
        subject: `${doc.documentId}:region:${region}`,
        severity: "medium" as const,
        title: `No ${region} location in the scope`,
        detail: `The ${doc.label} covers ${placesText}; none of it is in ${region}, where your service is used.`,
        citation,
      }));
  });
}
