// Where the demo organisation ("Northwind Health", four accounts sharing a password printed in the
// README) may exist: on the embedded database a first `npm start` creates, which only the person at
// this machine can reach, and wherever someone asks for it with ASSAY_DEMO=1. Never by default on a
// database reached through DATABASE_URL: that is a deployment, and a published admin password there
// would be an open door.
import pg from "pg";

export const DEMO_TENANT_SLUG = "northwind-demo";
export const DEMO_EMAIL_DOMAIN = "@northwind.example";

/**
 * Whether `--seed` may create the demo organisation.
 * @param {{ externalDb: boolean, env?: Record<string, string | undefined> }} opts
 */
export function demoWanted({ externalDb, env = process.env }) {
  if (env.ASSAY_DEMO === "1") return true;
  if (env.ASSAY_DEMO === "0") return false;
  return !externalDb;
}

/** How many demo accounts a database holds (0 when none, or before the schema exists). */
export async function countDemoAccounts(databaseUrl) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM "User" WHERE lower(email) LIKE $1`, [
      `%${DEMO_EMAIL_DOMAIN}`,
    ]);
    return rows[0].n;
  } catch {
    return 0;
  } finally {
    await client.end();
  }
}

/** The one line a start prints when a DATABASE_URL database holds the demo accounts. */
export function demoWarning(n) {
  return `assay: warning: this DATABASE_URL database holds ${n} demo account(s) (${DEMO_EMAIL_DOMAIN}) whose password is published in the README; remove them with \`npm run operator -- remove-demo\`.`;
}
