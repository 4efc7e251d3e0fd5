import { randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { assertBlobKey, BlobNotFoundError } from "./blob-store";
import type { ListableBlobStore } from "./listable";

const TMP_DIR = ".tmp";

/**
 * Files under one root directory. A write goes to `<root>/.tmp/<uuid>`, is fsynced, then renamed
 * into place: rename is atomic on one filesystem, so a reader (or a crash) never sees half a file
 * under a real key. Leftover temp files from a crash are removed by `removeStaleTemp()`.
 */
export class LocalDiskStore implements ListableBlobStore {
  readonly root: string;

  constructor(root: string) {
    // turbopackIgnore: a runtime directory, not a source path; without it the whole project is traced into the build.
    this.root = path.resolve(/*turbopackIgnore: true*/ root);
  }

  pathFor(key: string): string {
    assertBlobKey(key);
    const p = path.join(this.root, ...key.split("/"));
    // Belt and braces: the key regex already rules out "..", but never resolve outside the root.
    if (!p.startsWith(this.root + path.sep)) throw new Error("Blob key resolves outside the storage directory");
    return p;
  }

  async put(key: string, bytes: Uint8Array): Promise<void> {
    const finalPath = this.pathFor(key);
    const tmpDir = path.join(this.root, TMP_DIR);
    await fs.mkdir(tmpDir, { recursive: true, mode: 0o700 });
    await fs.mkdir(path.dirname(finalPath), { recursive: true, mode: 0o700 });
    const tmp = path.join(tmpDir, randomUUID());
    const handle = await fs.open(tmp, "wx", 0o600);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } catch (err) {
      await handle.close().catch(() => {});
      await fs.rm(tmp, { force: true });
      throw err;
    }
    await handle.close();
    try {
      await fs.rename(tmp, finalPath);
    } catch (err) {
      await fs.rm(tmp, { force: true });
      throw err;
    }
    await syncDir(path.dirname(finalPath));
  }

  async get(key: string): Promise<Uint8Array> {
    try {
      return new Uint8Array(await fs.readFile(this.pathFor(key)));
    } catch (err) {
      if (isMissing(err)) throw new BlobNotFoundError(key);
      throw err;
    }
  }

  async delete(key: string): Promise<void> {
    await fs.rm(this.pathFor(key), { force: true });
  }

  async exists(key: string): Promise<boolean> {
    try {
      await fs.access(this.pathFor(key));
      return true;
    } catch (err) {
      if (isMissing(err)) return false;
      throw err;
    }
  }

  /** Keys of stored objects last written more than `olderThanMs` ago (for the orphan sweep). */
  async listKeys(olderThanMs: number, now = Date.now()): Promise<string[]> {
    const keys: string[] = [];
    let tenants: string[];
    try {
      tenants = await fs.readdir(this.root);
    } catch (err) {
      if (isMissing(err)) return [];
      throw err;
    }
    for (const tenant of tenants) {
      if (tenant === TMP_DIR) continue;
      const names = await fs.readdir(path.join(this.root, tenant)).catch(() => [] as string[]);
      for (const name of names) {
        const key = `${tenant}/${name}`;
        try {
          assertBlobKey(key);
        } catch {
          continue; // not ours: never touch files we did not name
        }
        const st = await fs.stat(path.join(this.root, tenant, name)).catch(() => null);
        if (st?.isFile() && now - st.mtimeMs > olderThanMs) keys.push(key);
      }
    }
    return keys;
  }

  /** Removes temp files older than `olderThanMs` (left by a process killed mid-write). Returns how many. */
  async removeStaleTemp(olderThanMs: number, now = Date.now()): Promise<number> {
    const dir = path.join(this.root, TMP_DIR);
    let names: string[];
    try {
      names = await fs.readdir(dir);
    } catch (err) {
      if (isMissing(err)) return 0;
      throw err;
    }
    let removed = 0;
    for (const name of names) {
      const p = path.join(dir, name);
      const st = await fs.stat(p).catch(() => null);
      if (st && now - st.mtimeMs > olderThanMs) {
        await fs.rm(p, { force: true });
        removed++;
      }
    }
    return removed;
  }
}

/** Makes the rename itself durable: without it a power loss can forget the new directory entry. */
async function syncDir(dir: string): Promise<void> {
  const handle = await fs.open(dir, "r").catch(() => null);
  if (!handle) return;
  try {
    await handle.sync();
  } catch {
    // Some filesystems refuse fsync on directories; the data itself is already synced.
  } finally {
    await handle.close();
  }
}

function isMissing(err: unknown): boolean {
  return typeof err === "object" && err !== null && (err as { code?: string }).code === "ENOENT";
}
