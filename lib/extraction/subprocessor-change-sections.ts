// A page's change log beside its list: a "## Change log" / "Recent changes" / "History" section, or a table whose
// header has a date column and a change column ("Date | Sub-processor | Change"). The providers it names were added
// or removed on a date; they are not read as the list's entries (a page that is only a change log is read by
// subprocessor-changelog.ts).

// The same headings in other languages: "Änderungshistorie", "Änderungen", "Historique des modifications",
// "Historial de cambios", "Wijzigingen", "Cronologia delle modifiche", "Ändringshistorik", "Endringslogg".
const FOREIGN_CHANGE_HEADING = String.raw`(?:[äa]nderungs(?:historie|protokoll|verlauf)|[äa]nderungen|fr[üu]here\s+unterauftragsverarbeiter|historique(?:\s+des\s+(?:modifications|versions|changements))?|modifications|journal\s+des\s+modifications|historial(?:\s+de\s+(?:cambios|versiones))?|cambios|registro\s+de\s+cambios|wijzigingen|wijzigingsgeschiedenis|versiegeschiedenis|cronologia(?:\s+delle\s+modifiche)?|modifiche|[äa]ndringshistorik|[äa]ndringar|endringslogg|endringer|[æa]ndringer)`;

/** A heading that opens a change log or an earlier version's list. */
const CHANGE_HEADING = new RegExp(
  String.raw`^(?:#{1,6}\s+|<h\d[^>]*>\s*|\*\*)?(?:(?:recent|latest|past|previous)\s+)?(?:change\s*-?\s*log|changes|change\s+history|history|revision\s+history|version\s+history|updates|removed\s+(?:sub-?\s*processors?|vendors?|providers?)|former\s+(?:sub-?\s*processors?|vendors?|providers?)|archive|updates\s+to\s+this\s+(?:list|page)|${FOREIGN_CHANGE_HEADING})\b`,
  "i",
);

export function isChangeHeading(heading: string): boolean {
  return CHANGE_HEADING.test(heading.trim());
}

/** A table header of a change log: a date column and a column saying what changed. */
export function isChangeTable(header: string[]): boolean {
  const h = header.map((c) => c.trim().toLowerCase());
  return (
    h.some((c) => /^(?:date|when|effective(?:\s+date)?|date\s+of\s+change|datum|fecha|dato|päivämäärä)$/.test(c)) &&
    h.some((c) =>
      /^(?:change|changes|action|type\s+of\s+change|event|status|update|[äa]nderung|art\s+der\s+[äa]nderung|modification|changement|cambio|wijziging|modifica|[äa]ndring|endring)$/.test(
        c,
      ),
    )
  );
}
