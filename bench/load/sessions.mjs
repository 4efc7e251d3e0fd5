// Session cookies for the benchmark users, minted the way Auth.js itself issues them: an encrypted
// JWT (salt = cookie name) carrying the claims lib/auth/auth.ts puts in: uid, tid, authTime.
// Every request still goes through the real auth() decode and the per-request database check in
// lib/auth/load-actor.ts; only the argon2 password check of the login form is skipped.
import { encode } from "next-auth/jwt";
import pg from "pg";

export const COOKIE_NAME = "assay.session";

/** Members of the bench tenant (by slug), oldest first. */
export async function loadMembers(databaseUrl, slug) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT m."userId" AS uid, m."tenantId" AS tid FROM "Membership" m JOIN "Tenant" t ON t.id = m."tenantId"
       WHERE t.slug = $1 ORDER BY m."createdAt", m."userId"`,
      [slug],
    );
    return rows;
  } finally {
    await client.end();
  }
}

/** One `Cookie:` header value per member. authTime is after the user's sessionEpoch (now). */
export async function mintCookies(members, secret, now = Date.now()) {
  return Promise.all(
    members.map(async ({ uid, tid }) => {
      const token = await encode({
        token: { sub: uid, uid, tid, authTime: now },
        secret,
        salt: COOKIE_NAME,
        maxAge: 3600,
      });
      return `${COOKIE_NAME}=${token}`;
    }),
  );
}
