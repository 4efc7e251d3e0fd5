// The file store side of a backup. Blobs are copied byte for byte: they are already AES-256-GCM
// ciphertext (lib/storage/encrypted-store.ts), so the backup holds no readable document and is
// useless without FILE_ENCRYPTION_KEY, which is deliberately not part of it.
import fs from "node:fs";
import path from "node:path";

const TMP_DIR = ".tmp"; // half-written uploads (lib/storage/local-disk-store.ts): never copied

/** STORAGE_DIR for the local backend; S3 buckets are backed up by the bucket's own versioning. */
export function storageDir(env = process.env) {
  const backend = (env.STORAGE_BACKEND ?? "local").trim().toLowerCase();
  if (backend !== "local") {
    throw new Error(
      `STORAGE_BACKEND=${backend}: back up the bucket with its own versioning or replication; this script copies a local STORAGE_DIR only.`,
    );
  }
  return path.resolve(env.STORAGE_DIR?.trim() || ".data/files");
}

/** Relative paths (forward slashes, = blob keys) of every stored object under root. */
export function listBlobs(root) {
  if (!fs.existsSync(root)) return [];
  const out = [];
  for (const entry of fs.readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const rel = path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join("/");
    if (rel === TMP_DIR || rel.startsWith(`${TMP_DIR}/`)) continue;
    out.push(rel);
  }
  return out.sort();
}

/**
 * Copies the given blobs from one root to another. Existing targets are kept (blob keys are
 * random and never reused, so an existing file with the same key is the same object).
 */
export function copyBlobs(keys, fromRoot, toRoot) {
  let bytes = 0;
  let copied = 0;
  for (const key of keys) {
    const from = path.join(fromRoot, ...key.split("/"));
    const to = path.join(toRoot, ...key.split("/"));
    fs.mkdirSync(path.dirname(to), { recursive: true, mode: 0o700 });
    if (fs.existsSync(to)) continue;
    fs.copyFileSync(from, to, fs.constants.COPYFILE_EXCL);
    fs.chmodSync(to, 0o600);
    bytes += fs.statSync(to).size;
    copied++;
  }
  return { copied, bytes };
}
