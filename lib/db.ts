import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient, type Prisma } from "@/prisma/generated/client";
import type { TransactionClient } from "@/prisma/generated/internal/prismaNamespace";

// Two connections with different rights (docs/decisions/007-row-level-security.md):
// - systemDb: the owner role in DATABASE_URL. Only for work that is not one tenant's request:
//   migrations, login (before a tenant is known), queue sweeps, the seed, backups, tests' set-up.
// - tenantDb(tenantId) / withTenant(): the restricted role in APP_DATABASE_URL, which PostgreSQL's
//   row-level security confines to the rows of the tenant set in the same transaction. A query
//   that forgets its tenant filter then sees nothing of another tenant instead of everything.
// Only lib/*/data.ts, lib/*/mutations.ts, lib/auth and scripts/tests import this file
// (tests/unit/route-guard.test.ts fences that). No `import "server-only"`: the seed script and
// database tests import it under plain Node.
// Clients connect lazily, on the first query: `next build` loads route modules with no database.

/** The restricted role's Prisma client and the pg pool under it (queryTenantFunction uses the pool directly). */
type AppClient = { prisma: PrismaClient; pool: pg.Pool };
type Clients = { system?: PrismaClient; app?: AppClient };
const globalForPrisma = globalThis as unknown as { assayDb?: Clients };
const clients: Clients = globalForPrisma.assayDb ?? {};
if (process.env.NODE_ENV !== "production") globalForPrisma.assayDb = clients;

function poolConfig(connectionString: string | undefined, role: string, poolSize: number): pg.PoolConfig {
  // Waiting for a pooled connection ends after 10 s (lib/errors.ts answers it 503, as POOL_WAIT's).
  return { connectionString, max: poolSize, connectionTimeoutMillis: 10_000, application_name: `assay-${role}` };
}

function makeClient(role: string, poolOrConfig: pg.Pool | pg.PoolConfig): PrismaClient {
  const pool = poolOrConfig instanceof pg.Pool ? poolOrConfig : undefined;
  const adapter = new PrismaPg(poolOrConfig, {
    // A restarted or terminated server must fail the queries in flight, not the process.
    onConnectionError: (err) => console.error(`[db] ${role} connection lost: ${err.message}`),
    onPoolError: (err) => console.error(`[db] ${role} pool error: ${err.message}`),
    // $disconnect() ends a pool handed in, as it ends one the adapter made.
    disposeExternalPool: true,
  });
  // The adapter recognises a pool by instanceof: a second copy of pg would make it read the pool as a
  // config and open another pool beside it (queryTenantFunction would then use a pool Prisma does not).
  if (pool && (adapter as unknown as { externalPool: unknown }).externalPool !== pool)
    throw new Error(`[db] ${role}: the Prisma adapter did not take the shared pg pool`);
  const client = new PrismaClient({
    adapter,
    log: process.env.ASSAY_LOG_QUERIES ? [{ emit: "event", level: "query" }] : [],
  });
  // Debug knob for query cost (e.g. under bench/micro-pages.ts): one line per statement with its time.
  if (process.env.ASSAY_LOG_QUERIES)
    client.$on("query" as never, (e: { duration: number; query: string }) =>
      console.error(`[db:${role}] ${e.duration.toFixed(1)} ms ${e.query.slice(0, 400)}`),
    );
  return client;
}

function appUrl(): string | undefined {
  const url = process.env.APP_DATABASE_URL;
  // Fail closed: without the restricted role there is no tenant-scoped access at all, rather than
  // a silent fall-back to the owner role (which row-level security would not restrict).
  if (!url && process.env.DATABASE_URL) {
    throw new Error(
      "APP_DATABASE_URL is not set: start Assay through `npm start` (scripts/with-db.mjs), which provisions the restricted database role.",
    );
  }
  return url;
}

/** The owner connection: not restricted by row-level security. See the file comment for who may use it. */
export const systemDb: PrismaClient = (clients.system ??= makeClient(
  "system",
  poolConfig(process.env.DATABASE_URL, "system", Number(process.env.DATABASE_SYSTEM_POOL_SIZE ?? 4)),
));

function appClient(): AppClient {
  if (!clients.app) {
    // One pool for the restricted role, shared by Prisma and queryTenantFunction (no extra connections).
    const pool = new pg.Pool(poolConfig(appUrl(), "app", Number(process.env.DATABASE_POOL_SIZE ?? 10)));
    clients.app = { prisma: makeClient("app", pool), pool };
  }
  return clients.app;
}

function appDb(): PrismaClient {
  return appClient().prisma;
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function checkTenantId(tenantId: string): string {
  // The id goes into set_config as a bind parameter, so this is not about injection: a malformed
  // id would make every policy comparison fail with a cast error instead of "not found".
  if (!UUID_RE.test(tenantId)) throw new Error("tenantDb: not a tenant id");
  return tenantId;
}

export type TenantTx = TransactionClient;

/** How long a request waits for a pooled connection before it is answered "busy" (503), not left hanging. */
const POOL_WAIT = { maxWait: 10_000 };

/**
 * Runs `fn` in one transaction on the restricted role with the tenant set for that transaction
 * only (set_config(…, true)), so the setting can never leak to the next user of the pooled
 * connection. Use it for several statements that must commit together, and for raw SQL.
 */
export function withTenant<T>(
  tenantId: string,
  fn: (tx: TenantTx) => Promise<T>,
  options?: { timeout?: number },
): Promise<T> {
  const id = checkTenantId(tenantId);
  return appDb().$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT set_config('app.tenant_id', ${id}, true)`;
      return fn(tx);
    },
    { timeout: options?.timeout ?? 15_000, ...POOL_WAIT },
  );
}

/**
 * One statement on the restricted role, outside any transaction and with no tenant set, so
 * row-level security shows it no tenant's rows. Only for database functions that set the tenant
 * themselves before they read (assay_private.session_standing, run on every request; the vendor
 * page's assay_private.vendor_visible): one round trip instead of withTenant()'s four, and none of
 * Prisma's interactive-transaction work (docs/decisions/039). It goes to the pool directly, not
 * through $queryRaw: Prisma's raw-query pipeline cost ~0.4–0.6 ms of Node CPU per call more than
 * the statement itself (bench/micro-raw-statement.ts, docs/decisions/043). Results are read as
 * $queryRaw reads them for the types these functions return; a `timestamp` (without time zone,
 * as every column here) is UTC, not the server's local time.
 */
export async function queryTenantFunction<T>(query: Prisma.Sql): Promise<T> {
  const result = await appClient().pool.query({ text: query.text, values: query.values, types: UTC_TIMESTAMPS });
  return result.rows as T;
}

/** Runs one statement inside readTenant(): the rows, read as Prisma's $queryRaw reads them. */
export type TenantSql = <R>(query: Prisma.Sql) => Promise<R[]>;

/**
 * Read-only statements on the restricted role in one transaction with the tenant set for that
 * transaction only, like withTenant(), but on the `pg` pool directly instead of through Prisma's
 * interactive transaction and raw-query pipeline: for the hot list pages' reads (vendor list, gap
 * register), where that pipeline cost more Node CPU than the statements (docs/decisions/050).
 * BEGIN, the tenant and a statement timeout (withTenant's 15 s) go in one round trip; the tenant id
 * is checked as a UUID before it is written into that statement. Rows are read as in
 * queryTenantFunction (a `timestamp` as UTC) and a `date` as UTC midnight, as Prisma reads both.
 */
export async function readTenant<T>(tenantId: string, fn: (sql: TenantSql) => Promise<T>): Promise<T> {
  const id = checkTenantId(tenantId);
  const client = await appClient().pool.connect();
  let broken: Error | undefined;
  // A checked-out client has no error listener of the pool's: a connection that dies mid-transaction (database
  // restarted, backend terminated) would otherwise be an unhandled 'error' event and end the process. Its query
  // fails the request instead, and the connection is dropped on release.
  const onError = (err: Error) => {
    broken = err;
    console.error(`[db] app connection lost: ${err.message}`);
  };
  client.on("error", onError);
  try {
    await client.query(
      `BEGIN READ ONLY; SET LOCAL statement_timeout = '15s'; SELECT set_config('app.tenant_id', '${id}', true)`,
    );
    const sql: TenantSql = async <R>(query: Prisma.Sql) =>
      (await client.query({ text: query.text, values: query.values, types: PRISMA_RAW_TYPES })).rows as R[];
    const out = await fn(sql);
    await client.query("COMMIT");
    return out;
  } catch (err) {
    // A connection that cannot even roll back is dropped from the pool, not handed to the next request.
    await client.query("ROLLBACK").catch((e: Error) => (broken = e));
    throw err;
  } finally {
    client.removeListener("error", onError);
    client.release(broken);
  }
}

const TIMESTAMP_OID = 1114;
const TIMESTAMP_ARRAY_OID = 1115;
const DATE_OID = 1082;
const DATE_ARRAY_OID = 1182;
/** `2026-12-06 19:28:07.123` read as UTC, as Prisma reads a `timestamp` column. */
export function utcTimestamp(text: string): Date {
  return new Date(`${text.replace(" ", "T")}Z`);
}
const UTC_TIMESTAMPS = {
  getTypeParser: ((oid: number, format?: "text" | "binary") => {
    if (oid === TIMESTAMP_OID) return utcTimestamp;
    // No function returns one; refuse rather than read it in local time.
    if (oid === TIMESTAMP_ARRAY_OID) throw new Error("queryTenantFunction: timestamp[] is not supported");
    return pg.types.getTypeParser(oid, format);
  }) as pg.CustomTypesConfig["getTypeParser"],
};

/** `2026-12-06` read as that day's UTC midnight, as Prisma reads a `date` column (lib/dates.ts fromDbDate). */
export function utcDate(text: string): Date {
  return new Date(`${text}T00:00:00.000Z`);
}
const PRISMA_RAW_TYPES = {
  getTypeParser: ((oid: number, format?: "text" | "binary") => {
    if (oid === DATE_OID) return utcDate;
    if (oid === DATE_ARRAY_OID) throw new Error("readTenant: date[] is not supported");
    return UTC_TIMESTAMPS.getTypeParser(oid, format);
  }) as pg.CustomTypesConfig["getTypeParser"],
};

/**
 * A client whose every model call runs in its own short transaction on the restricted role, with
 * the tenant set first. For single statements; use withTenant() when statements belong together
 * (a model call here is its own transaction, so it cannot join another one).
 */
export function tenantDb(tenantId: string): TenantClient {
  return extendForTenant(appDb(), checkTenantId(tenantId));
}

// Raw SQL and interactive transactions on this client would run without the tenant set (the
// extension only sees model calls): the type leaves them out, so they go through withTenant().
type Unscoped =
  | "$transaction"
  | "$queryRaw"
  | "$executeRaw"
  | "$queryRawUnsafe"
  | "$executeRawUnsafe"
  | "$extends"
  | "$connect"
  | "$disconnect";
export type TenantClient = Omit<ReturnType<typeof extendForTenant>, Unscoped>;

function extendForTenant(base: PrismaClient, id: string) {
  return base.$extends({
    query: {
      $allModels: {
        async $allOperations({ model, operation, args }) {
          // An interactive transaction, not a batch: Prisma 7 spends less CPU on it (bench/micro-rls.ts).
          return base.$transaction(async (tx) => {
            await tx.$executeRaw`SELECT set_config('app.tenant_id', ${id}, true)`;
            const delegate = (tx as unknown as Record<string, Record<string, (a: unknown) => Promise<unknown>>>)[
              lowerFirst(model)
            ];
            return delegate[operation](args);
            // Prisma's default maxWait (2 s) turned a busy pool into 500s under a burst of page loads
            // (M3): wait as long as withTenant does; past that it is a 503 (lib/errors.ts).
          }, POOL_WAIT);
        },
      },
    },
  });
}

function lowerFirst(model: string): string {
  return model.charAt(0).toLowerCase() + model.slice(1);
}

/** Closes both pools (scripts and tests that must exit cleanly). */
export async function disconnectAll(): Promise<void> {
  await Promise.all([clients.system?.$disconnect(), clients.app?.prisma.$disconnect()]);
}
