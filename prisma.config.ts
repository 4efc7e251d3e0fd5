import "dotenv/config";
import path from "node:path";
import { defineConfig } from "prisma/config";

// Offline: the Prisma CLI insists on downloading its native schema-engine binary before
// generate/validate/format, though generate never uses it. Pointing PRISMA_SCHEMA_ENGINE_BINARY
// at an existing file skips the download. Migrations run through scripts/migrate.mjs (Wasm engine).
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve("scripts/schema-engine-stub.sh");

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  // Read only by the native schema engine; the fallback keeps `prisma generate` working without a DB URL.
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/placeholder" },
});
