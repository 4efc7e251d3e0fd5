/**
 * The key-encryption keys (KEKs) that wrap each file's data key. One current key encrypts; older
 * keys stay available for decryption after a rotation, addressed by the key id stored in every
 * blob header. Keys come from the environment, never from the database, so a database dump alone
 * cannot decrypt the files.
 *
 *   FILE_ENCRYPTION_KEY       base64, 32 bytes (required)
 *   FILE_ENCRYPTION_KEY_ID    1–255, default 1: the id written into new blobs
 *   FILE_ENCRYPTION_OLD_KEYS  optional "id:base64,id:base64" still accepted for reading
 */
export type Keyring = { currentId: number; keys: ReadonlyMap<number, Buffer> };

export class KeyConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "KeyConfigError";
  }
}

export function parseKeyring(env: Record<string, string | undefined> = process.env): Keyring {
  const current = env.FILE_ENCRYPTION_KEY?.trim();
  if (!current) {
    throw new KeyConfigError(
      "FILE_ENCRYPTION_KEY is not set: generate one with `openssl rand -base64 32` and set it on every instance.",
    );
  }
  const currentId = parseKeyId(env.FILE_ENCRYPTION_KEY_ID ?? "1", "FILE_ENCRYPTION_KEY_ID");
  const keys = new Map<number, Buffer>([[currentId, decodeKey(current, "FILE_ENCRYPTION_KEY")]]);
  for (const entry of (env.FILE_ENCRYPTION_OLD_KEYS ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)) {
    const sep = entry.indexOf(":");
    if (sep < 1) throw new KeyConfigError("FILE_ENCRYPTION_OLD_KEYS must look like `2:base64key,3:base64key`.");
    const id = parseKeyId(entry.slice(0, sep), "FILE_ENCRYPTION_OLD_KEYS");
    if (keys.has(id)) throw new KeyConfigError(`Key id ${id} appears twice in the file encryption keys.`);
    keys.set(id, decodeKey(entry.slice(sep + 1), `FILE_ENCRYPTION_OLD_KEYS (id ${id})`));
  }
  return { currentId, keys };
}

function parseKeyId(raw: string, name: string): number {
  const id = Number(raw.trim());
  if (!Number.isInteger(id) || id < 1 || id > 255)
    throw new KeyConfigError(`${name} must be a whole number from 1 to 255.`);
  return id;
}

function decodeKey(b64: string, name: string): Buffer {
  const key = Buffer.from(b64.trim(), "base64");
  if (key.length !== 32) {
    throw new KeyConfigError(
      `${name} must be 32 bytes of base64 (got ${key.length} bytes): generate one with \`openssl rand -base64 32\`.`,
    );
  }
  return key;
}
