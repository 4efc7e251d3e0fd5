import { entityKey, normalizeText } from "../names";
import type { Subprocessor, SubprocessorList } from "../types";

export type Relocation = { entry: Subprocessor; before: string[]; after: string[] };

export type ListComparison = { added: Subprocessor[]; removed: Subprocessor[]; relocated: Relocation[] };

const places = (entry: Subprocessor) => [...new Set((entry.locations ?? []).map(normalizeText))].sort();

/**
 * The previous sub-processor list against the new one: entities added, removed, and those whose
 * locations changed (a relocation can need a new transfer mechanism). Entities are matched by legal
 * name without legal form; an entity listed twice (two purposes) counts once, with all its locations.
 * Linear in the lists' lengths. Pure.
 */
export function compareSubprocessorLists(before: SubprocessorList, after: SubprocessorList): ListComparison {
  const group = (list: SubprocessorList) => {
    const byKey = new Map<string, Subprocessor>();
    for (const entry of list.entries) {
      const key = entityKey(entry.name) || normalizeText(entry.name);
      const seen = byKey.get(key);
      byKey.set(
        key,
        seen
          ? {
              ...seen,
              locations:
                seen.locations === null && entry.locations === null
                  ? null
                  : [...(seen.locations ?? []), ...(entry.locations ?? [])],
              handlesBuyerData:
                seen.handlesBuyerData === true || entry.handlesBuyerData === true
                  ? true
                  : (seen.handlesBuyerData ?? entry.handlesBuyerData),
            }
          : entry,
      );
    }
    return byKey;
  };
  const was = group(before);
  const now = group(after);
  const relocated: Relocation[] = [];
  for (const [key, entry] of now) {
    const old = was.get(key);
    // A list that does not state locations says nothing about a move.
    if (!old || old.locations === null || entry.locations === null) continue;
    const [a, b] = [places(old), places(entry)];
    if (a.join("|") !== b.join("|")) relocated.push({ entry, before: old.locations, after: entry.locations });
  }
  return {
    added: [...now].filter(([key]) => !was.has(key)).map(([, entry]) => entry),
    removed: [...was].filter(([key]) => !now.has(key)).map(([, entry]) => entry),
    relocated,
  };
}
