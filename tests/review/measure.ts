// Compares a register with a hand-written one: each gap matches at most one expected finding (the
// first it fits); a second gap for the same finding is a duplicate and counts against precision.
import type { Gap } from "@/lib/scoring";
import type { Finding, Situation } from "./golden-registers";

export function fits(gap: Gap, finding: Finding): boolean {
  if (!finding.checkIds.includes(gap.checkId)) return false;
  if (finding.text && !finding.text.test(`${gap.title}\n${gap.detail}\n${gap.subject}`)) return false;
  if (finding.document && !(gap.citation?.documentId ?? "").includes(finding.document)) return false;
  return true;
}

export type Score = {
  name: string;
  gaps: number;
  expected: number;
  found: number;
  /** Gaps that were right: the first gap for an expected finding, or an allowed one. */
  right: number;
  missed: string[];
  forbidden: string[];
  extra: string[];
};

export function measure(situation: Situation, gaps: Gap[]): Score {
  const matched = new Set<number>();
  let right = 0;
  const forbidden: string[] = [];
  const extra: string[] = [];
  for (const gap of gaps) {
    const line = `${gap.severity} ${gap.checkId}: ${gap.title}`;
    const bad = situation.forbidden.find((finding) => fits(gap, finding));
    if (bad) forbidden.push(`${line} [${bad.label}]`);
    const index = situation.expected.findIndex((finding, i) => !matched.has(i) && fits(gap, finding));
    if (index >= 0) {
      matched.add(index);
      right++;
    } else if (!bad && situation.allowed.some((finding) => fits(gap, finding))) {
      right++;
    } else if (!bad) {
      extra.push(line);
    }
  }
  return {
    name: situation.name,
    gaps: gaps.length,
    expected: situation.expected.length,
    found: matched.size,
    right,
    missed: situation.expected.filter((_, i) => !matched.has(i)).map((finding) => finding.label),
    forbidden,
    extra,
  };
}

export function totals(scores: Score[]) {
  const sum = (pick: (s: Score) => number) => scores.reduce((n, s) => n + pick(s), 0);
  const gaps = sum((s) => s.gaps);
  const expected = sum((s) => s.expected);
  return {
    gaps,
    expected,
    found: sum((s) => s.found),
    right: sum((s) => s.right),
    precision: gaps === 0 ? 1 : sum((s) => s.right) / gaps,
    recall: expected === 0 ? 1 : sum((s) => s.found) / expected,
    gapsPerExpected: expected === 0 ? 0 : gaps / expected,
    forbidden: sum((s) => s.forbidden.length),
  };
}
