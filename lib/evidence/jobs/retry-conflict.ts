// Several instances starting on one database at the same moment run pg-boss's queue creation together; PostgreSQL
// may then pick one of them as a deadlock victim (40P01) or refuse a row or table another has just made. The statement
// is idempotent, so the loser tries again after a short, jittered wait instead of ending its process.
const TRANSIENT = new Set([
  "40P01", // deadlock detected
  "40001", // serialization failure
  "23505", // unique violation: another instance inserted the same queue row
  "42P07", // duplicate table: another instance created the same partition
]);

export function isTransientConflict(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === "string" && TRANSIENT.has(code);
}

/** Runs `run`, again up to `attempts` times in all while it fails with a transient conflict. */
export async function retryOnConflict<T>(run: () => Promise<T>, attempts = 6): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (err) {
      if (attempt >= attempts || !isTransientConflict(err)) throw err;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt + Math.random() * 200));
    }
  }
}
