// A scan's OCR text layer (ocrmypdf, a scanner's own OCR) places each recognised word where the skewed image shows
// it: on a page scanned one degree off, a line's words climb or fall ~1.7 points per 100 points across, a label and
// its value two inches apart sit on baselines three points apart, and grouping by baseline splits the line or reads
// the label column and the value column as two text columns. The page's skew is told by the words themselves (each
// word's baseline against its neighbour's on the same line); the baselines are then turned back level. A page drawn
// by a program has level lines (every neighbour pair's slope exactly zero) and is left as it is.

/** What the correction needs of an item: left edge, right edge, baseline (from the top), font size. */
type Placed = { x0: number; x1: number; y: number; size: number };

/** Fewest neighbour pairs that must agree before a page counts as skewed. */
const MIN_PAIRS = 8;
/** Share of the neighbour pairs that must slope the way the median does. */
const AGREE = 0.6;
/** Slopes under this (≈ 0.1°) are level: nothing to correct. */
const LEVEL = 0.002;
/** Steeper than this (≈ 6°) is no skew of a scan but text set at an angle on purpose. */
const STEEP = 0.1;

/** The first index of `sorted` (by baseline) whose baseline is at `y` or lower on the page. */
function firstAtOrBelow(sorted: Placed[], y: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.y < y) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The slope (dy/dx) of a page's lines, or 0 when they are level or the words do not agree on one. */
export function pageSkew(items: Placed[]): number {
  const sorted = [...items].sort((a, b) => a.y - b.y);
  const slopes: number[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!;
    // The nearest word to the right on the same line: within a fraction of the font size up or down, close after it.
    let best: Placed | null = null;
    for (let j = firstAtOrBelow(sorted, a.y - 0.35 * a.size); j < sorted.length; j++) {
      const b = sorted[j]!;
      if (b.y - a.y > 0.35 * a.size) break;
      if (j === i || a.y - b.y > 0.35 * a.size || Math.abs(b.size - a.size) > 0.1 * a.size) continue;
      const gap = b.x0 - a.x1;
      if (gap >= 0 && gap <= 1.5 * a.size && (!best || b.x0 < best.x0)) best = b;
    }
    if (best) slopes.push((best.y - a.y) / (best.x0 - a.x0));
  }
  if (slopes.length < MIN_PAIRS) return 0;
  const median = [...slopes].sort((p, q) => p - q)[slopes.length >> 1]!;
  if (Math.abs(median) < LEVEL || Math.abs(median) > STEEP) return 0;
  const agree = slopes.filter((s) => Math.sign(s) === Math.sign(median) && Math.abs(s) >= LEVEL / 2).length;
  return agree >= AGREE * slopes.length ? median : 0;
}

/** Items with their baselines turned level about the page's left edge (the same items when the page is level). */
export function deskewed<T extends Placed>(items: T[]): T[] {
  const slope = pageSkew(items);
  if (slope === 0) return items;
  return items.map((it) => ({ ...it, y: it.y - slope * it.x0 }));
}
