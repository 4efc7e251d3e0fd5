// Provisions the restricted database role the app's requests use (docs/decisions/007-row-level-security.md).
// Runs after migrations, as the owner in DATABASE_URL, on every start: idempotent, changes only what
// differs, and safe when several instances start at once (an advisory lock serialises them).
//  - APP_DATABASE_URL set: that role is used as given (an operator made it); we only grant it
//    table rights and check it cannot bypass row-level security.
//  - otherwise: role `assay_app` is created (or its password reset) with a password derived from
//    AUTH_SECRET, so every instance sharing AUTH_SECRET computes the same APP_DATABASE_URL.
import crypto from "node:crypto";
import pg from "pg";

const DEFAULT_ROLE = "assay_app";
const LOCK_KEY = 74_061_120; // any constant; only Assay's provisioning takes this advisory lock

export class AppRoleError extends Error {
  name = "AppRoleError";
}

function derivedPassword(secret) {
  return crypto.createHmac("sha256", secret).update("assay app database role v1").digest("base64url");
}

/**
 * Returns the APP_DATABASE_URL to export.
 * @param {string} ownerUrl
 * @param {{ appUrl?: string, authSecret?: string }} opts
 */
export async function provisionAppRole(ownerUrl, { appUrl, authSecret }) {
  const client = new pg.Client({ connectionString: ownerUrl, application_name: "assay-provision" });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [LOCK_KEY]);
    let url = appUrl;
    if (!url) {
      if (!authSecret) throw new AppRoleError("AUTH_SECRET is needed to derive the app database role's password.");
      url = await ensureDefaultRole(client, ownerUrl, derivedPassword(authSecret));
    }
    const role = decodeURIComponent(new URL(url).username);
    if (!role) throw new AppRoleError("APP_DATABASE_URL has no user name.");
    await checkRestricted(client, role);
    await grant(client, role);
    return url;
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [LOCK_KEY]).catch(() => {});
    await client.end().catch(() => {});
  }
}

// The attributes the restricted role must have, as pg_roles columns and ALTER ROLE keywords.
const WANTED = [
  ["rolcanlogin", true, "LOGIN"],
  ["rolsuper", false, "NOSUPERUSER"],
  ["rolbypassrls", false, "NOBYPASSRLS"],
  ["rolcreatedb", false, "NOCREATEDB"],
  ["rolcreaterole", false, "NOCREATEROLE"],
  ["rolinherit", false, "NOINHERIT"],
];

const NO_CREATEROLE =
  "The role in DATABASE_URL may not create roles. Either grant it CREATEROLE, or create a login role that is not superuser and has no BYPASSRLS and set APP_DATABASE_URL to it.";

/**
 * Creates the role on first start; later starts change only what differs. An owner with CREATEROLE
 * (not superuser) may create the role and reset its password, but PostgreSQL lets only a superuser
 * name SUPERUSER/BYPASSRLS in ALTER ROLE, even to switch them off, so an unconditional ALTER (what
 * this did before) failed every start after the first.
 */
async function ensureDefaultRole(client, ownerUrl, password) {
  const ident = client.escapeIdentifier(DEFAULT_ROLE);
  const literal = client.escapeLiteral(password);
  const u = new URL(ownerUrl);
  u.username = DEFAULT_ROLE;
  u.password = password;
  const url = u.toString();
  const { rows } = await client.query(`SELECT ${WANTED.map((w) => w[0]).join(", ")} FROM pg_roles WHERE rolname = $1`, [
    DEFAULT_ROLE,
  ]);
  try {
    if (!rows.length) {
      await client.query(`CREATE ROLE ${ident} ${WANTED.map((w) => w[2]).join(" ")} PASSWORD ${literal}`);
      return url;
    }
    const differ = WANTED.filter(([col, want]) => rows[0][col] !== want).map((w) => w[2]);
    if (differ.length) await client.query(`ALTER ROLE ${ident} ${differ.join(" ")}`);
    if (!(await canSignIn(url))) await client.query(`ALTER ROLE ${ident} PASSWORD ${literal}`);
  } catch (err) {
    if (err.code === "42501") throw new AppRoleError(NO_CREATEROLE);
    throw err;
  }
  return url;
}

/** Whether the role already accepts the derived password (then its password is left alone). */
async function canSignIn(url) {
  const probe = new pg.Client({
    connectionString: url,
    application_name: "assay-provision",
    connectionTimeoutMillis: 5000,
  });
  try {
    await probe.connect();
    return true;
  } catch {
    return false;
  } finally {
    await probe.end().catch(() => {});
  }
}

async function checkRestricted(client, role) {
  const { rows } = await client.query(
    `SELECT r.rolsuper, r.rolbypassrls,
            EXISTS (SELECT 1 FROM pg_tables t WHERE t.schemaname = 'public' AND t.tableowner = r.rolname) AS owns
       FROM pg_roles r WHERE r.rolname = $1`,
    [role],
  );
  if (!rows.length)
    throw new AppRoleError(`The role "${role}" in APP_DATABASE_URL does not exist on the database server.`);
  const [r] = rows;
  if (r.rolsuper || r.rolbypassrls || r.owns) {
    throw new AppRoleError(
      `The role "${role}" in APP_DATABASE_URL would bypass row-level security (superuser, BYPASSRLS or table owner): use a plain login role.`,
    );
  }
}

async function grant(client, role) {
  const r = client.escapeIdentifier(role);
  // Data rights only: no DDL, nothing in the migration bookkeeping, and the audit trail is
  // insert-and-read (the trigger refuses changes anyway; this refuses them one layer earlier).
  await client.query(`
    GRANT USAGE ON SCHEMA public, assay_private TO ${r};
    GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${r};
    GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${r};
    GRANT EXECUTE ON FUNCTION assay_private.current_tenant(), assay_private.membership_counts(uuid[]) TO ${r};
    REVOKE ALL ON TABLE "_prisma_migrations" FROM ${r};
    REVOKE UPDATE, DELETE ON TABLE "AuditEvent" FROM ${r};
  `);
}
