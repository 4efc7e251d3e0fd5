// Trust services criterion ids as printed: "CC6.1", "CC6.1 - CC6.3", "(CC6.1; A1.2)", "Common Criteria 6.1, 6.3; Availability Criteria 1.2".

const LONG_PREFIX: [RegExp, string][] = [
  [/common\s*criteria/i, "CC"],
  [/availability\s*criteria/i, "A"],
  [/confidentiality\s*criteria/i, "C"],
  [/processing\s*integrity\s*criteria/i, "PI"],
  [/privacy\s*criteria/i, "P"],
];

const ID_RE = /\b(CC|PI|A|C|P)\s?(\d{1,2})\.(\d{1,2})\b/g;

export function parseCriteria(text: string): string[] {
  const ids: string[] = [];
  const add = (id: string) => {
    if (!ids.includes(id)) ids.push(id);
  };
  // Ranges like "CC6.1 - CC6.3" expand to every id in between (same series).
  const withRanges = text.replace(
    /\b(CC|PI|A|C|P)(\d{1,2})\.(\d{1,2})\s*-\s*(?:\1)?\2\.(\d{1,2})\b/g,
    (_m, p, s, a, b) => {
      const parts: string[] = [];
      for (let i = Number(a); i <= Number(b) && i - Number(a) < 20; i++) parts.push(`${p}${s}.${i}`);
      return parts.join(", ");
    },
  );
  for (const m of withRanges.matchAll(ID_RE)) add(`${m[1]}${m[2]}.${m[3]}`);
  // "CC7.3, 7.4, 7.5": bare numbers after an id share its prefix.
  for (const m of withRanges.matchAll(
    /\b(CC|PI|A|C|P)\s?\d{1,2}\.\d{1,2}((?:\s*[,;&]\s*(?:and\s*)?\d{1,2}\.\d{1,2}\b)+)/g,
  )) {
    for (const n of m[2]!.matchAll(/(\d{1,2})\.(\d{1,2})/g)) add(`${m[1]}${n[1]}.${n[2]}`);
  }
  for (const segment of text.split(/;/)) {
    for (const [re, prefix] of LONG_PREFIX) {
      const hit = re.exec(segment);
      if (!hit) continue;
      const rest = segment.slice(hit.index + hit[0].length);
      for (const n of rest.matchAll(/(\d{1,2})\.(\d{1,2})/g)) add(`${prefix}${n[1]}.${n[2]}`);
    }
  }
  return ids;
}

/** A line that holds only criterion references (the "Applicable TSC" cell of a table). */
export function isCriteriaLine(line: string): boolean {
  const stripped = line
    .replace(ID_RE, "")
    .replace(/common|availability|confidentiality|processing|integrity|privacy|criteria/gi, "")
    .replace(/[\d.,;&\-()\s]|and/gi, "");
  return stripped.length === 0 && parseCriteria(line).length > 0;
}
