import fs from "node:fs";
import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// Negative-space tests (security-and-reliability §3.2 rule 6): adding a route handler or a server
// action without the authorisation guard must fail the build's tests, not wait for a review.

const ROOT = path.resolve(import.meta.dirname, "../..");

function walk(dir: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!["node_modules", "generated", ".next"].includes(e.name)) walk(p, out);
    } else if (/\.(ts|tsx)$/.test(e.name)) out.push(p);
  }
  return out;
}

const rel = (p: string) => path.relative(ROOT, p);
const files = [...walk(path.join(ROOT, "app")), ...walk(path.join(ROOT, "lib"))];

// Auth.js's own endpoints and the sign-in/out actions are the only ones that run without an actor.
const PUBLIC_ROUTES = new Set([
  "app/api/auth/[...nextauth]/route.ts",
  // Load balancers and orchestrators probe these without a session; they reveal only ok/fail per check.
  "app/api/health/route.ts",
  "app/api/ready/route.ts",
  // The API's OpenAPI description: public like any published API reference; it holds no data.
  "app/api/v1/openapi.json/route.ts",
  // Starting single sign-on is part of signing in: no session exists yet (it checks the Origin itself).
  "app/(auth)/login/sso/start/route.ts",
]);
// The invitation and setup actions are public too: their one-time token is the credential.
const PUBLIC_ACTIONS = new Set([
  "lib/auth/actions.ts:loginAction",
  "lib/auth/actions.ts:signOutAction",
  "lib/auth/actions.ts:acceptInvitationAction",
  "lib/auth/actions.ts:setupAction",
  "lib/auth/actions.ts:requestResetAction",
  "lib/auth/actions.ts:completeResetAction",
  // The sign-in's second step and enrolment run before a session is usable: the pending session is
  // the credential, checked inside each (getStanding / requireEnrollingActorOrThrow).
  "lib/auth/mfa/actions.ts:verifyMfaAction",
  "lib/auth/mfa/actions.ts:beginEnrolmentAction",
  "lib/auth/mfa/actions.ts:confirmEnrolmentAction",
]);

describe("every route handler is guarded", () => {
  const routes = files.filter((f) => f.endsWith("/route.ts") && !PUBLIC_ROUTES.has(rel(f)));
  it("finds the route handlers", () => expect(routes.length).toBeGreaterThanOrEqual(5));
  it.each(routes.map((f) => [rel(f), f]))("%s exports only withActor(...) handlers", (_name, file) => {
    const src = fs.readFileSync(file, "utf8");
    const methods = [
      ...src.matchAll(/export\s+(?:const|async function|function)\s+(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\b(.*)/g),
    ];
    expect(methods.length).toBeGreaterThan(0);
    for (const [, , rest] of methods) expect(rest).toMatch(/=\s*withActor\b/);
  });
});

describe("every server action is guarded", () => {
  const actionFiles = files.filter((f) => /^\s*["']use server["']/.test(fs.readFileSync(f, "utf8")));
  it("finds the action files", () => expect(actionFiles.length).toBeGreaterThanOrEqual(5));
  it.each(actionFiles.map((f) => [rel(f), f]))("%s exports only authedAction(...) actions", (name, file) => {
    const src = fs.readFileSync(file, "utf8");
    for (const [, id, rest] of src.matchAll(/export\s+const\s+(\w+)\s*(=.*)/g)) {
      if (PUBLIC_ACTIONS.has(`${name}:${id}`)) continue;
      expect(rest, `${name}: ${id}`).toMatch(/^=\s*authedAction\(/);
    }
    for (const [, id] of src.matchAll(/export\s+(?:async\s+)?function\s+(\w+)/g)) {
      expect(PUBLIC_ACTIONS.has(`${name}:${id}`), `${name}: ${id} must be built with authedAction`).toBe(true);
    }
  });
});

describe("only data.ts, mutations.ts and loaders.ts reach the database", () => {
  // The fence itself is the ESLint rule (eslint.config.mjs, run by `npm run lint`); these tests prove
  // it covers every folder of lib/, app/ and components/, and that today's tree obeys it.
  const eslint = new ESLint({ cwd: ROOT });
  const fenced = async (file: string, source: string) => {
    const [result] = await eslint.lintText(source, { filePath: path.join(ROOT, file) });
    return result.messages.some((m) => m.ruleId === "no-restricted-imports" || m.ruleId === "no-restricted-syntax");
  };
  const IMPORTS = [
    'import { tenantDb } from "@/lib/db";',
    'import type { Prisma } from "@/prisma/generated/client";',
    'import { systemDb } from "../../lib/db";',
    'export { withTenant } from "../db";',
    'const m = await import("@/lib/db");',
  ];
  it.each([
    "lib/vendors/list.ts",
    "lib/evidence/jobs/worker.ts",
    "lib/some/new/folder/helper.ts",
    "lib/auth/roles.ts",
    "app/(app)/vendors/page.tsx",
    "app/api/gaps/export/route.ts",
    "components/nav.tsx",
  ])("refuses database imports in %s", async (file) => {
    for (const source of IMPORTS) expect(await fenced(file, source), source).toBe(true);
  });
  it.each(["lib/vendors/data.ts", "lib/some/new/folder/mutations.ts", "lib/exports/loaders.ts", "app/x/data.ts"])(
    "lets %s import lib/db and the Prisma client",
    async (file) => {
      for (const source of IMPORTS) expect(await fenced(file, source), source).toBe(false);
    },
  );

  const DATA_ACCESS_NAME = /(^|\/)(data|mutations|loaders)\.ts$/;
  const IMPORTS_DB = /from\s+["'](@\/|(\.\.\/)+|\.\/)(lib\/)?db["']|prisma\/generated/;
  it("no other module in lib/, app/ or components/ imports lib/db or the Prisma client", () => {
    const offenders = [...files, ...walk(path.join(ROOT, "components"))]
      .filter((f) => !/\.test\.ts$/.test(f) && !f.endsWith("lib/db.ts") && !DATA_ACCESS_NAME.test(f))
      .filter((f) => IMPORTS_DB.test(fs.readFileSync(f, "utf8")))
      .map(rel);
    expect(offenders).toEqual([]);
  });
});

describe("request code uses the row-level-security connection", () => {
  // The owner connection ignores row-level security. Each use below is cross-tenant or pre-tenant
  // by nature (docs/decisions/007-row-level-security.md); a new one must be argued for here.
  const SYSTEM_DB_USERS = new Set([
    "lib/auth/mutations.ts", // failed-login counters and the per-address throttle: before any tenant is known
    "lib/auth/sign-in/data.ts", // sign-in looks the person up before any tenant is known
    "lib/auth/sign-in/mutations.ts", // the per-account failed-login counter: before any tenant is known
    "lib/auth/session/data.ts", // the organisations a person may switch to span tenants
    "lib/auth/invitation-link/data.ts", // an invitation link is looked up by its token before any tenant is known
    "lib/auth/invitation-link/mutations.ts", // … and used before the person has a session
    "lib/auth/credentials/data.ts", // a password is the person's own, in no one tenant; a reset has no session
    "lib/auth/credentials/mutations.ts",
    "lib/auth/first-run/data.ts", // first run and the operator's new organisations: no tenant exists yet
    "lib/auth/first-run/mutations.ts",
    "lib/auth/mfa/data.ts", // a second factor is the person's own and is checked before a session is usable
    "lib/auth/mfa/mutations.ts",
    "lib/auth/sso/data.ts", // sign-in finds the organisation of an e-mail domain before any tenant is known
    "lib/auth/sso/mutations.ts", // … and admits the person (just-in-time membership) before they have a session
    "lib/tenants/mutations.ts", // operator commands (remove-demo) that belong to no one tenant
    "lib/evidence/jobs/data.ts", // findKnownFileKeys (orphan-file sweep) and the parse queue's fair-share yes/no: every tenant
    "lib/evidence/jobs/mutations.ts", // sweepStaleParses: re-queues stuck parses of every tenant
    "lib/observability/data.ts", // queue gauges and readiness: counts and SELECT 1 over the whole deployment
    "lib/reminders/data.ts", // listTenantIds: the daily reminder sweep visits every tenant
    "lib/reminders/mutations.ts", // deliverBatch: one delivery run sends every tenant's mail
  ]);
  it("only the listed modules in lib/ and nothing in app/ or components/ use systemDb", () => {
    const users = [...files, ...walk(path.join(ROOT, "components"))]
      .filter((f) => !/\.test\.ts$/.test(f) && !f.endsWith("lib/db.ts"))
      .filter((f) => /\bsystemDb\b/.test(fs.readFileSync(f, "utf8")))
      .map(rel);
    expect(users.sort()).toEqual([...SYSTEM_DB_USERS].sort());
  });
});
