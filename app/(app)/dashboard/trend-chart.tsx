// Gaps opened vs closed per week, drawn as plain SVG: no chart library for eight pairs of bars.
// Screen readers get the numbers twice over: a summary in aria-label and a visually hidden table.

type Week = { week: string; opened: number; closed: number };

const W = 480;
const H = 160;
const PAD = { top: 12, right: 8, bottom: 28, left: 28 };

function shortDate(iso: string) {
  const d = new Date(`${iso}T00:00:00Z`);
  return d.toLocaleDateString("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
}

/** A round-ish top for the y axis so gridlines land on whole numbers. */
function niceMax(n: number) {
  if (n <= 4) return 4;
  const step = 10 ** Math.floor(Math.log10(n));
  return Math.ceil(n / step) * step;
}

export function TrendChart({ weeks }: { weeks: Week[] }) {
  const opened = weeks.reduce((s, w) => s + w.opened, 0);
  const closed = weeks.reduce((s, w) => s + w.closed, 0);
  const max = niceMax(Math.max(0, ...weeks.map((w) => Math.max(w.opened, w.closed))));
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const slot = plotW / Math.max(1, weeks.length);
  const bar = Math.min(14, slot / 3);
  const y = (v: number) => PAD.top + plotH - (v / max) * plotH;
  const label =
    `Gaps opened and closed per week, last ${weeks.length} weeks: ${opened} opened, ${closed} closed. ` +
    weeks.map((w) => `Week of ${shortDate(w.week)}: ${w.opened} opened, ${w.closed} closed`).join("; ") +
    ".";

  return (
    <figure>
      <svg viewBox={`0 0 ${W} ${H}`} className="h-auto w-full" role="img" aria-label={label}>
        {[0, max / 2, max].map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} className="stroke-slate-200" strokeWidth={1} />
            <text x={PAD.left - 6} y={y(v) + 4} textAnchor="end" className="fill-slate-500 text-[10px]">
              {v}
            </text>
          </g>
        ))}
        {weeks.map((w, i) => {
          const cx = PAD.left + slot * i + slot / 2;
          return (
            <g key={w.week}>
              <rect
                x={cx - bar - 1}
                y={y(w.opened)}
                width={bar}
                height={y(0) - y(w.opened)}
                className="fill-orange-500"
                rx={1}
              />
              <rect
                x={cx + 1}
                y={y(w.closed)}
                width={bar}
                height={y(0) - y(w.closed)}
                className="fill-emerald-600"
                rx={1}
              />
              <text x={cx} y={H - PAD.bottom + 14} textAnchor="middle" className="fill-slate-500 text-[10px]">
                {shortDate(w.week)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="mt-2 flex gap-4 text-xs text-slate-600" aria-hidden="true">
        <span className="flex items-center gap-1">
          <span className="inline-block h-2.5 w-2.5 rounded-sm bg-orange-500" />
          Opened ({opened})
        </span>
        <span className="flex items-center gap-1">
          <span className="inline-block h-2.5 w-2.5 rounded-sm bg-emerald-600" />
          Closed ({closed})
        </span>
      </figcaption>
      <table className="sr-only">
        <caption>Gaps opened and closed per week</caption>
        <thead>
          <tr>
            <th scope="col">Week starting</th>
            <th scope="col">Opened</th>
            <th scope="col">Closed</th>
          </tr>
        </thead>
        <tbody>
          {weeks.map((w) => (
            <tr key={w.week}>
              <th scope="row">{w.week}</th>
              <td>{w.opened}</td>
              <td>{w.closed}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
