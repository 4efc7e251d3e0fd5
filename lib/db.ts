import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";

// The one Prisma client. Only lib/*/data.ts, lib/*/mutations.ts, lib/auth and scripts/tests import it
// (tests/unit/architecture.test.ts fences that).
// No `import "server-only"` here: the seed script and database tests import it under plain Node.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

// Do not throw at import time: `next build` evaluates route modules while collecting page data,
// when no DATABASE_URL need exist. The adapter connects lazily, on the first query.
function makeClient() {
  const adapter = new PrismaPg({
    connectionString: process.env.DATABASE_URL,
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    connectionTimeoutMillis: 10_000,
  });
  return new PrismaClient({ adapter });
}

export const db = globalForPrisma.prisma ?? makeClient();
if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = db;
