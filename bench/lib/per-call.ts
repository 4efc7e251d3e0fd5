// Times `n` calls of `fn` after 100 warm-up calls and prints wall time and Node CPU per call (micro benches).
export async function perCall(name: string, n: number, fn: () => Promise<unknown>): Promise<void> {
  for (let i = 0; i < 100; i++) await fn();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < n; i++) await fn();
  const c = process.cpuUsage(c0);
  const ms = performance.now() - t0;
  console.log(
    `${name}: ${(ms / n).toFixed(3)} ms wall, ${((c.user + c.system) / 1000 / n).toFixed(3)} ms node CPU per call`,
  );
}
