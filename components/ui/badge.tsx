const TONES = {
  critical: "bg-red-100 text-red-800 ring-red-200",
  high: "bg-orange-100 text-orange-800 ring-orange-200",
  medium: "bg-amber-100 text-amber-800 ring-amber-200",
  low: "bg-slate-100 text-slate-700 ring-slate-200",
  good: "bg-emerald-100 text-emerald-800 ring-emerald-200",
  info: "bg-indigo-50 text-indigo-700 ring-indigo-200",
  muted: "bg-slate-50 text-slate-600 ring-slate-200",
} as const;
export type BadgeTone = keyof typeof TONES;

/** The badge's classes, for long tables: a plain <span className={badgeClass(t)}> per row, no component. */
export function badgeClass(tone: BadgeTone): string {
  return `inline-flex items-center rounded px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${TONES[tone]}`;
}

export function Badge({ tone, children }: { tone: BadgeTone; children: React.ReactNode }) {
  return <span className={badgeClass(tone)}>{children}</span>;
}
