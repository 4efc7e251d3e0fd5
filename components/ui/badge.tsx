// The tones' colours are the `.badge-*` classes in app/globals.css (short class names: badges repeat
// in every row of the long tables).
export type BadgeTone = "critical" | "high" | "medium" | "low" | "good" | "info" | "muted";

/** The badge's classes, for long tables: a plain <span className={badgeClass(t)}> per row, no component. */
export function badgeClass(tone: BadgeTone): string {
  return `badge badge-${tone}`;
}

export function Badge({ tone, children }: { tone: BadgeTone; children: React.ReactNode }) {
  return <span className={badgeClass(tone)}>{children}</span>;
}
