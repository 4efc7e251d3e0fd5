// Latency bookkeeping per URL group: every response time is kept (a 20 s run is tens of thousands
// of numbers at most), so the percentiles printed are exact, not histogram buckets.

export function percentile(sorted, p) {
  if (!sorted.length) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

export function makeRecorder(groups) {
  const data = new Map(groups.map((g) => [g, { times: [], non2xx: 0 }]));
  return {
    record(group, status, ms) {
      const d = data.get(group);
      if (!d) return;
      d.times.push(ms);
      if (status < 200 || status > 299) d.non2xx++;
    },
    summary(seconds) {
      const rows = [];
      const all = [];
      let non2xx = 0;
      for (const [group, d] of data) {
        all.push(...d.times);
        non2xx += d.non2xx;
        rows.push(summarise(group, d.times, d.non2xx, seconds));
      }
      rows.push(summarise("overall", all, non2xx, seconds));
      return rows;
    },
  };
}

function summarise(group, times, non2xx, seconds) {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    group,
    requests: sorted.length,
    rps: sorted.length / seconds,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? NaN,
    non2xx,
  };
}

export function formatTable(rows) {
  const head = ["group", "requests", "req/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "non-2xx"];
  const body = rows.map((r) => [
    r.group,
    String(r.requests),
    r.rps.toFixed(1),
    r.p50.toFixed(1),
    r.p95.toFixed(1),
    r.p99.toFixed(1),
    r.max.toFixed(1),
    String(r.non2xx),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  return [line(head), line(widths.map((w) => "-".repeat(w))), ...body.map(line)].join("\n");
}
