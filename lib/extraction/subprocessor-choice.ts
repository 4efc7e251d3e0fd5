// Which reading of a PDF sub-processor list stands: the table read by position (subprocessor-grid.ts) or the text
// reading (subprocessor-pdf-table.ts, then the stream rules of subprocessors.ts), decided by evidence as
// soc-table-choice.ts does for a SOC report's tables. The grid's rows are the list's own rows, each cell read by
// position; the text reading is a guess at them from line order, and where wrapped cells of neighbouring rows run
// together it reads two or more entries as one ("Segment.io, Inc. Hetzner Online GmbH"). So the grid stands when it
// holds at least as many entries as the text reading and every entry the text reading names is one of its rows or
// holds some of them run together; where it holds fewer (one-line rows without padding read as one wrapped row) or
// the text reading names an entry the grid does not hold, the text reading stands.
import type { GridSubprocessor } from "./subprocessor-grid";
import type { Subprocessor } from "./subprocessor-cells";

/** Words of a name compared loosely: lower case, letters and digits only. */
const loose = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

/** Whether the text reading's entry is a grid row, or grid rows run together. */
function heldBy(name: string, grid: GridSubprocessor[]): boolean {
  const x = loose(name);
  return (
    !!x &&
    grid.some((g) => {
      const y = loose(g.name);
      return !!y && (x.includes(y) || y.includes(x));
    })
  );
}

export function gridStands(grid: GridSubprocessor[] | null, text: Subprocessor[] | null): grid is GridSubprocessor[] {
  if (!grid || grid.length === 0) return false;
  if (!text || text.length === 0) return true;
  return grid.length >= text.length && text.every((t) => heldBy(t.name, grid));
}
