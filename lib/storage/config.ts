import path from "node:path";

export type StorageConfig =
  | { kind: "local"; dir: string }
  | { kind: "s3"; bucket: string; region: string; endpoint: string | null; prefix: string; forcePathStyle: boolean };

/**
 * STORAGE_BACKEND=local (default) keeps files under STORAGE_DIR (default .data/files).
 * STORAGE_BACKEND=s3 reads S3_BUCKET, S3_REGION, optional S3_ENDPOINT (MinIO etc.), S3_PREFIX and
 * S3_FORCE_PATH_STYLE. Credentials are left to the SDK's own chain, never read here.
 */
export function parseStorageConfig(env: Record<string, string | undefined> = process.env): StorageConfig {
  const backend = (env.STORAGE_BACKEND ?? "local").trim().toLowerCase();
  if (backend === "local")
    return { kind: "local", dir: path.resolve(/*turbopackIgnore: true*/ env.STORAGE_DIR?.trim() || ".data/files") };
  if (backend === "s3") {
    const bucket = env.S3_BUCKET?.trim();
    const region = env.S3_REGION?.trim();
    if (!bucket || !region) throw new Error("STORAGE_BACKEND=s3 needs S3_BUCKET and S3_REGION.");
    const endpoint = env.S3_ENDPOINT?.trim() || null;
    if (endpoint && !/^https?:\/\//.test(endpoint)) throw new Error("S3_ENDPOINT must be an http(s) URL.");
    const prefix = (env.S3_PREFIX ?? "").trim().replace(/^\/+|\/+$/g, "");
    return { kind: "s3", bucket, region, endpoint, prefix, forcePathStyle: env.S3_FORCE_PATH_STYLE === "true" };
  }
  throw new Error(`STORAGE_BACKEND must be "local" or "s3" (got ${JSON.stringify(backend)}).`);
}
