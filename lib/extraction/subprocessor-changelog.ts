// A sub-processor list published as a change log: a baseline list, then dated entries "Added: …", "Removed: …",
// "Changed: …". The current list is what a reviewer computes: the baseline with every change applied in order
// (an addition at the end, a removal dropped, a change of entity or location made in place).
import { DATE_PATTERN, findDates } from "./dates";
import { squash } from "./normalize";
import type { Subprocessor } from "./subprocessor-cells";

const LIST_ITEM = /^\s*(?:[*\-•+]|\d{1,3}[.)])\s+(.+)$/;
const CHANGE =
  /^(?:\*\*)?(added|new|removed|deleted|dropped|discontinued|changed|updated|replaced)(?:\*\*)?\s*(?:\*\*)?:(?:\*\*)?\s*(.+)$/i;

/** "Name - purpose - location" (dashes of any kind), "Name - purpose", or a name alone. */
export function dashedEntry(text: string): Subprocessor {
  const parts = squash(text.replace(/\*\*|__/g, ""))
    .split(/\s+[-–—]\s+/)
    .map((s) => s.trim());
  return {
    name: parts[0]!,
    purpose: parts.length >= 2 ? parts[1]! : null,
    location: parts.length >= 3 ? parts.slice(2).join(" - ").replace(/\.$/, "") : null,
  };
}

const key = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, "");

/** The current list and the date of the latest change, or null when the text has no change entries. */
export function fromChangeLog(text: string): { rows: Subprocessor[]; first: string; lastChange: string | null } | null {
  const lines = text.split("\n");
  const firstChange = lines.findIndex((l) => CHANGE.test(LIST_ITEM.exec(l)?.[1] ?? ""));
  if (firstChange < 0) return null;
  const changes = lines.filter((l) => CHANGE.test(LIST_ITEM.exec(l)?.[1] ?? ""));
  if (changes.length < 2) return null;
  const baselineLines = lines.slice(0, firstChange).filter((l) => LIST_ITEM.test(l));
  const rows: Subprocessor[] = baselineLines.map((l) => dashedEntry(LIST_ITEM.exec(l)![1]!));
  const find = (name: string) => rows.findIndex((r) => key(r.name) === key(name) || key(r.name).startsWith(key(name)));
  for (const line of changes) {
    const [, kind, body] = CHANGE.exec(LIST_ITEM.exec(line)![1]!)!;
    const entry = dashedEntry(body!);
    if (/^(?:added|new)$/i.test(kind!)) {
      rows.push(entry);
      continue;
    }
    if (/^(?:removed|deleted|dropped|discontinued)$/i.test(kind!)) {
      const at = find(entry.name);
      if (at >= 0) rows.splice(at, 1);
      continue;
    }
    // "X is now contracted via Y; processing moved to Z": the entry renamed and moved in place.
    const renamed =
      /^(.+?)\s+is\s+now\s+(?:contracted|provided|operated|supplied|engaged)\s+(?:via|by|through|as)\s+(.+?)\s*(?:[;.]|$)/i.exec(
        squash(body!),
      );
    const moved =
      /(?:processing|data|hosting|storage|location)\s+(?:has\s+)?(?:moved|relocated|changed)\s+to\s+(.+?)\s*\.?$/i.exec(
        squash(body!),
      );
    const at = find(renamed?.[1] ?? entry.name);
    if (at < 0) continue;
    const row = rows[at]!;
    if (renamed || moved) {
      rows[at] = {
        ...row,
        name: renamed ? renamed[2]! : row.name,
        location: moved ? moved[1]! : row.location,
      };
    } else rows[at] = { ...row, ...Object.fromEntries(Object.entries(entry).filter(([, v]) => v)) };
  }
  // The latest dated heading is the list's last change.
  const dated = lines
    .filter((l) => /^#{1,6}\s/.test(l))
    .flatMap((l) => (new RegExp(DATE_PATTERN, "i").test(l) ? findDates(l).map((d) => d.iso) : []))
    .sort();
  const first = baselineLines[0] ?? changes[0]!;
  return rows.length ? { rows, first: first.trim(), lastChange: dated.at(-1) ?? null } : null;
}
