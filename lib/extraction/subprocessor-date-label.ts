// The date a sub-processor list carries as its own: a labelled date ("Last updated: …", "Effective date: …", "Date of
// last update …", "Published …", "Valid from …", "Stand: 03.03.2026", a version line's date), else a date printed
// alone on a line under the title. A page names other dates too: a change log's entries (unlabelled, so never read
// here) and its earlier versions ("Previous version (effective 1 January 2026)", "archived copy of 3 June 2026"):
// a labelled date in a sentence about an earlier version is that version's, not the list's.
import { DATE_PATTERN } from "./dates";
import { searchAll, type TextIndex } from "./text-index";

const LABEL =
  // A front-matter key ("date:", "updated_at:", "lastmod:") may quote its value ("2022-06-26T00:00:00Z"). A bold
  // label keeps its colon inside the bold ("**Effective date:** 2025-12-16"); a version line gives its date after a
  // comma, a dash or "dated" ("Version 4 – 2026-02-01", dashes being normalised to "-"). A spreadsheet's label cell
  // is followed by its value cell ("Last updated,14/11/2026" in a CSV, "| Last updated | …" in a table).
  `(?:(?<=^|\\n)[*_ \\t]*(?:date|last_?mod\\w*|["']?(?:last_?)?(?:reviewed|updated|modified|revised|published|effective)(?:_?(?:at|on|date|from))?["']?(?=\\s*:))|(?:date\\s*of\\s*(?:the\\s*)?)?last\\s*update[ds]?|updated(?:_(?:at|on))?|last\\s*reviewed|(?:last\\s*)?revised(?:\\s*on)?|effective(?:\\s*(?:date|as\\s*of|from|on))?|last\\s*modified|as\\s*of|published(?:\\s*on)?|valid\\s*(?:from|since|as\\s*of)|stand(?=\\s*:)|\\bversion\\s*v?[\\d.]+\\s*(?:[,-]\\s*(?:dated)?|dated))`;

// More English labels ("Revision date", "Date of publication", "Last change", "Current as at", "Version 5 (3 Nov …)")
// and the same labels in the languages lists are published in: German "Zuletzt aktualisiert", "Letzte Aktualisierung",
// "Gültig ab"; French "Dernière mise à jour", "Mis à jour le", "En vigueur à compter du"; Spanish "Última
// actualización", "Vigente desde"; Dutch "Laatst bijgewerkt", "Geldig vanaf"; Italian "Ultimo aggiornamento", "In
// vigore dal"; Portuguese "Última atualização"; Swedish "Senast uppdaterad"; Danish and Norwegian "Sidst opdateret",
// "Sist oppdatert".
const MORE_LABELS = [
  `revision\\s*date|date\\s*of\\s*(?:publication|revision|last\\s*(?:change|revision|review))|publication\\s*date|last\\s*(?:change[ds]?|amended|edited)(?:\\s*on)?|current\\s*as\\s*(?:of|at)|\\bversion\\s*v?[\\d.]+\\s*\\(`,
  `zuletzt\\s*(?:aktualisiert|ge[äa]ndert)(?:\\s*am)?|letzte\\s*(?:aktualisierung|[äa]nderung)|aktualisiert\\s*am|g[üu]ltig\\s*(?:ab|seit)|stand\\s*vom`,
  `derni[èe]re\\s*mise\\s*[àa]\\s*jour|mis(?:e)?\\s*[àa]\\s*jour\\s*le|en\\s*vigueur\\s*(?:le|depuis\\s*le|[àa]\\s*compter\\s*du|[àa]\\s*partir\\s*du)|date\\s*d['’]\\s*effet`,
  `[úu]ltima\\s*(?:actualizaci[óo]n|atualiza[çc][ãa]o|modificaci[óo]n)|actualizado\\s*el|atualizado\\s*em|(?:vigente|en\\s*vigor)\\s*desde(?:\\s*el)?|fecha\\s*de\\s*(?:actualizaci[óo]n|entrada\\s*en\\s*vigor)`,
  `laatst\\s*(?:bijgewerkt|gewijzigd)(?:\\s*op)?|bijgewerkt\\s*op|geldig\\s*(?:vanaf|per)|ultimo\\s*aggiornamento|aggiornat[oa]\\s*(?:il|al)|in\\s*vigore\\s*dal`,
  `senast\\s*(?:uppdaterad|[äa]ndrad)|sidst\\s*opdateret|sist\\s*(?:oppdatert|endret)|g[äa]ller\\s*fr[åa]n(?:\\s*och\\s*med)?`,
].join("|");

// After the label: a colon, comma, bar or dash (dashes are normalised to "-"), "on", a quote or emphasis mark; a label
// cell's colon and the cell's comma may both stand before the value ("Last reviewed:,2026-09-15").
const LABELLED = new RegExp(
  `(?:${LABEL}|${MORE_LABELS})\\s*(?:on\\s*)?(?:[:,|-]\\s*){0,2}["']?(?:on\\s*)?[*_]{0,2}\\s*(${DATE_PATTERN})`,
  "gi",
);

/** Words that make a date an earlier version's: "previous version", "prior list", "archived", "superseded". */
const EARLIER = /\b(?:previous|prior|earlier|former|older|archived?|superseded|replaced)\b/i;

/** The line of `text` around `at`, up to the match's start. */
function lineBefore(text: string, at: number): string {
  return text.slice(text.lastIndexOf("\n", at - 1) + 1, at);
}

/** The list's labelled date (group 1 is the date), or a date alone on a line among the first printed lines. */
export function listDate(index: TextIndex): { match: RegExpExecArray; confidence: number } | null {
  for (const m of searchAll(index, LABELLED)) {
    const line = lineBefore(index.text, m.index) + m[0];
    if (EARLIER.test(line)) continue;
    return { match: m, confidence: 0.85 };
  }
  // "# Sub-processors" then "March 3, 2026" on its own line: the page's date under its title.
  const lines = [...index.text.matchAll(/[^\n]*\S[^\n]*/g)].slice(0, 4);
  const alone = new RegExp(`^[ \\t*_]*(${DATE_PATTERN})[ \\t*_.]*$`, "i");
  for (const l of lines) {
    const m = alone.exec(l[0]);
    if (m) {
      const match = Object.assign([l[0], m[1]!], { index: l.index, input: index.text, groups: undefined });
      return { match: match as RegExpExecArray, confidence: 0.6 };
    }
  }
  return null;
}
