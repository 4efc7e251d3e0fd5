import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { systemDb as db } from "@/lib/db";
import { MAX_URL_BYTES } from "@/lib/server/url-limit.mjs";
import { rawRequest } from "../support/raw-http";
import { BUILT, signIn, startApp, type StartedApp } from "./npm-start";
import { hasDb, makeTenant } from "./support";

// Issue #14 over real HTTP against `npm start` (the production server with its preloads): a
// signed-in address up to the documented limit keeps its session, also when the browser repeats it in
// Referer and Next's router-state header; any longer address, up to a megabyte, gets a readable 414
// at once and the connection is closed, never left hanging. Needs `next build` (scripts/test.sh builds first).
if (!BUILT) console.warn("[long-urls] skipped: no .next build here; run `npx next build` first (npm test does).");
const PORT = Number(process.env.LONG_URL_TEST_PORT ?? 3857);
const PASSWORD = "correct horse battery staple 26";

let app: StartedApp | null = null;
let cookie = "";

const address = (bytes: number, prefix = "/vendors?q=") => prefix + "a".repeat(bytes - prefix.length);
const get = (target: string, extra = "") =>
  rawRequest(
    PORT,
    `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${PORT}\r\nCookie: ${cookie}\r\n${extra}Connection: close\r\n\r\n`,
  );

describe.skipIf(!hasDb || !BUILT)("long addresses against npm start", () => {
  beforeAll(async () => {
    app = await startApp(PORT);
    const actor = await makeTenant("analyst");
    await db.user.update({ where: { id: actor.userId }, data: { passwordHash: await hashPassword(PASSWORD) } });
    cookie = await signIn(app.base, actor.email, PASSWORD);
  }, 240_000);

  afterAll(async () => {
    await app?.stop();
  }, 60_000);

  it("an address of the limit keeps the session, with Referer and router-state headers as long again", async () => {
    const long = address(MAX_URL_BYTES);
    const plain = await get(long);
    expect(plain).toMatch(/^HTTP\/1\.1 200 /);
    expect(plain).toContain('data-testid="whoami"');
    // A navigation from such a page repeats the address in two more headers (over Node's default 16 KB).
    const state = encodeURIComponent(
      JSON.stringify(["", { children: ["vendors", { children: [`__PAGE__${long}`] }] }]),
    );
    const navigated = await get(long, `Referer: ${app!.base}${long}\r\nNext-Router-State-Tree: ${state}\r\n`);
    expect(navigated).toMatch(/^HTTP\/1\.1 200 /);
    expect(navigated).toContain('data-testid="whoami"');
  });

  for (const bytes of [MAX_URL_BYTES + 1, 9 * 1024, 16 * 1024, 60 * 1024, 100 * 1024, 1024 * 1024]) {
    it(`a ${bytes}-byte address gets the 414 page and a closed connection`, async () => {
      const res = await get(address(bytes));
      expect(res).toMatch(/^HTTP\/1\.1 414 /);
      expect(res).toContain("Address too long");
    });
  }

  it("still serves the session afterwards", async () => {
    expect(await get("/vendors")).toContain('data-testid="whoami"');
  });
});
