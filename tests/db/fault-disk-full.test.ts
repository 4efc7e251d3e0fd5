import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { systemDb as db } from "@/lib/db";
import { uploadDocument } from "@/lib/evidence/documents/upload";
import { AppError } from "@/lib/errors";
import { removeOrphanBlobs } from "@/lib/evidence/jobs/orphan-sweep";
import { EncryptedBlobStore } from "@/lib/storage/encrypted-store";
import { parseKeyring } from "@/lib/storage/keyring";
import { LocalDiskStore } from "@/lib/storage/local-disk-store";
import { sha256Hex } from "@/lib/evidence/uploads/sha256";
import { hasDb, makeTenant, makeVendor } from "./support";

// Issue #7, "a full disk": the file store runs out of space in the middle of writing an upload.
// Where the test runs as root and may mount, the store lives on a real 1 MiB tmpfs filled up to
// 64 KiB, so the kernel itself answers ENOSPC part-way through the write. Elsewhere the same thing
// is injected: the temp file's write puts half the bytes on disk, then fails with ENOSPC.

const FREE_LEFT = 64 * 1024;
const FILLER = "filler.bin"; // not a blob key: the store and its sweep never touch it
let root = "";
let mode: "tmpfs" | "injected" = "injected";

beforeAll(async () => {
  const parent = await fs.mkdtemp(path.join(os.tmpdir(), "assay-diskfull-"));
  root = path.join(parent, "store");
  await fs.mkdir(root);
  // FAULT_TEST_NO_MOUNT=1 forces the injected variant (to check it where mounting works).
  const mounted =
    !process.env.FAULT_TEST_NO_MOUNT &&
    process.getuid?.() === 0 &&
    spawnSync("mount", ["-t", "tmpfs", "-o", "size=1m,mode=0700", "tmpfs", root]).status === 0;
  mode = mounted ? "tmpfs" : "injected";
  console.info(
    `[disk-full] ENOSPC comes from ${mounted ? "a real 1 MiB tmpfs" : "an injected write error (no tmpfs mount here)"}`,
  );
});

afterAll(async () => {
  if (mode === "tmpfs") spawnSync("umount", [root]);
  await fs.rm(path.dirname(root), { recursive: true, force: true });
});

/** Fills the store's filesystem so only `FREE_LEFT` bytes remain (tmpfs), or arms the injected error. */
async function fillDisk(): Promise<() => Promise<void>> {
  if (mode === "tmpfs") {
    const filler = path.join(root, FILLER);
    const h = await fs.open(filler, "w");
    const chunk = Buffer.alloc(16 * 1024, 0x41);
    try {
      for (;;) await h.write(chunk);
    } catch (err) {
      expect((err as NodeJS.ErrnoException).code).toBe("ENOSPC");
    }
    await h.close();
    const size = (await fs.stat(filler)).size;
    await fs.truncate(filler, size - FREE_LEFT);
    return () => fs.rm(filler);
  }
  const realOpen = fs.open.bind(fs);
  const spy = vi.spyOn(fs, "open").mockImplementation((async (file: string, flags?: string, m?: number) => {
    const handle = await realOpen(file, flags, m);
    if (flags === "wx" && String(file).includes(`${path.sep}.tmp${path.sep}`)) {
      handle.writeFile = (async (data: Uint8Array) => {
        await handle.write(data.subarray(0, Math.floor(data.byteLength / 2)));
        throw Object.assign(new Error("ENOSPC: no space left on device, write"), {
          code: "ENOSPC",
          errno: -28,
          syscall: "write",
        });
      }) as typeof handle.writeFile;
    }
    return handle;
  }) as typeof fs.open);
  return async () => void spy.mockRestore();
}

async function freeBytes(): Promise<number> {
  const s = await fs.statfs(root);
  return s.bavail * s.bsize;
}

/** Every file in the store (temp files included), the filler excepted. */
async function storeFiles(): Promise<string[]> {
  const out: string[] = [];
  for (const e of await fs.readdir(root, { recursive: true, withFileTypes: true })) {
    const rel = path.relative(root, path.join(e.parentPath, e.name));
    if (e.isFile() && rel !== FILLER) out.push(rel);
  }
  return out;
}

// ~256 KiB of text: four times what is left on the filled disk.
const BIG = new TextEncoder().encode(
  `# Sub-processors\n\n| Name | Purpose | Location |\n|---|---|---|\n${"| Amazon Web Services | Hosting | US |\n".repeat(7000)}`,
);

describe.skipIf(!hasDb)("full disk during an upload", () => {
  it("fails with a clear message, leaves no row and no partial file; once space returns the same upload succeeds exactly once", async () => {
    const disk = new LocalDiskStore(root);
    const store = new EncryptedBlobStore(disk, parseKeyring());
    const actor = await makeTenant("analyst");
    const vendor = await makeVendor(actor);
    const sent: string[] = [];
    const deps = { store, enqueue: async (id: string) => void sent.push(id) };
    const key = `diskfull-${randomUUID()}`;
    const input = { bytes: BIG, filename: "subprocessors.md", idempotencyKey: key };

    const freeSpace = await fillDisk();
    const freeBefore = await freeBytes();
    if (mode === "tmpfs") expect(freeBefore).toBeLessThan(BIG.byteLength);
    const err = await uploadDocument(actor, vendor.id, input, deps).catch((e: unknown) => e);

    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe("UNAVAILABLE"); // 503
    expect((err as AppError).message).toBe(
      "There is no space left to store the file. Nothing was uploaded; ask an administrator to free up storage, then try again.",
    );
    expect(await storeFiles()).toEqual([]); // not even a temp file: the store removed its partial write itself
    if (mode === "tmpfs") expect(await freeBytes()).toBe(freeBefore); // and the space it took is back
    expect(await db.document.count({ where: { tenantId: actor.tenantId } })).toBe(0);
    const events = await db.auditEvent.findMany({
      where: { tenantId: actor.tenantId },
      select: { action: true, data: true },
    });
    expect(events).toEqual([
      {
        action: "document.upload.failed",
        data: expect.objectContaining({ reason: "storage", sha256: sha256Hex(BIG) }),
      },
    ]);
    expect(sent).toEqual([]);
    expect(await removeOrphanBlobs(disk, { olderThanMs: -1 })).toEqual({ checked: 0, removed: 0, tempRemoved: 0 });

    await freeSpace();
    const ok = await uploadDocument(actor, vendor.id, input, deps);
    expect(ok.created).toBe(true);
    const again = await uploadDocument(actor, vendor.id, input, deps);
    expect(again).toMatchObject({ created: false, document: { id: ok.document.id } });
    const rows = await db.document.findMany({ where: { tenantId: actor.tenantId } });
    expect(rows.map((r) => r.id)).toEqual([ok.document.id]);
    expect(await storeFiles()).toEqual([rows[0].fileKey]);
    expect(sha256Hex(await store.get(rows[0].fileKey))).toBe(sha256Hex(BIG));
    expect(sent).toEqual([ok.document.id]);
  });
});
