import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { removeOrphanBlobs } from "@/lib/evidence/jobs/orphan-sweep";
import { EncryptedBlobStore } from "@/lib/storage/encrypted-store";
import { parseKeyring } from "@/lib/storage/keyring";
import { LocalDiskStore } from "@/lib/storage/local-disk-store";
import { hasDb } from "./support";
import { seedSweepFixture } from "./sweep-fixture";

const roots: string[] = [];
afterAll(async () => {
  for (const r of roots) await fs.rm(r, { recursive: true, force: true });
});

async function age(file: string, ms: number) {
  const t = new Date(Date.now() - ms);
  await fs.utimes(file, t, t);
}

describe.skipIf(!hasDb)("orphan file sweep", () => {
  it("deletes old files no Document points at, keeps referenced and recent ones", async () => {
    const root = await fs.mkdtemp(path.join(os.tmpdir(), "assay-orphans-"));
    roots.push(root);
    const disk = new LocalDiskStore(root);
    const store = new EncryptedBlobStore(disk, parseKeyring());
    const { kept, orphan, recent } = await seedSweepFixture(store);
    await fs.mkdir(path.join(root, ".tmp"), { recursive: true });
    await fs.writeFile(path.join(root, ".tmp", "half-written"), "x");
    await fs.writeFile(path.join(root, "README"), "not ours");
    for (const p of [
      disk.pathFor(kept),
      disk.pathFor(orphan),
      path.join(root, ".tmp", "half-written"),
      path.join(root, "README"),
    ])
      await age(p, 2 * 3_600_000);

    const result = await removeOrphanBlobs(disk, { olderThanMs: 3_600_000 });
    expect(result).toEqual({ checked: 2, removed: 1, tempRemoved: 1 });
    expect(await disk.exists(orphan)).toBe(false);
    expect(await disk.exists(kept)).toBe(true);
    expect(await disk.exists(recent)).toBe(true);
    expect(await fs.readFile(path.join(root, "README"), "utf8")).toBe("not ours");
  });
});
