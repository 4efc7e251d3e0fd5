import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // `server-only` throws outside React Server Components; tests run plain Node.
      "server-only": path.resolve(import.meta.dirname, "tests/stubs/empty.ts"),
    },
  },
  test: {
    // Two projects: "unit" (no database) and "db" (tests/db: real PostgreSQL, one shared database, so
    // one file at a time). scripts/test.sh runs the two side by side as separate processes
    // (`--project unit` and `--project db`); a plain `vitest run` runs both, the db files last.
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["lib/**/*.test.ts", "tests/unit/**/*.test.ts", "scripts/**/*.test.ts"] },
      },
      { extends: true, test: { name: "db", include: ["tests/db/**/*.test.ts"], fileParallelism: false } },
    ],
    environment: "node",
    // next-auth's ESM imports "next/server" without an extension, which plain Node cannot resolve;
    // inlined, Vite resolves it (tests/db/login-throttle-route.test.ts drives the real Auth.js handlers).
    server: { deps: { inline: ["next-auth"] } },
    // Generous: on the shared 2-core machine under load, with the db and unit projects side by side, a
    // 1,000-gap PDF export (lib/export/pdf-report.test.ts, 2 s on a quiet machine) took over 30 s.
    // A passing run is no slower for it; only a hung test waits longer before it fails.
    testTimeout: 90_000,
    hookTimeout: 60_000,
    // A non-UTC, non-whole-hour zone catches code that reads local time by accident.
    // Job transitions log at info (JSON lines); tests that read them set LOG_LEVEL=info on their children.
    env: { TZ: "Asia/Kolkata", LOG_LEVEL: "warn" },
  },
});
