import { S3Client } from "@aws-sdk/client-s3";
import type { StorageConfig } from "./config";

export type S3Config = Extract<StorageConfig, { kind: "s3" }>;

/**
 * One SDK client for the configured bucket. Credentials are not passed: the SDK's default chain
 * finds them (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, AWS_PROFILE, web identity, instance or task
 * role), so secrets never pass through our config and a role-based deployment needs no keys at all.
 */
export function makeS3Client(config: S3Config): S3Client {
  return new S3Client({
    region: config.region,
    // MinIO, Ceph, R2, Garage…: set S3_ENDPOINT. Omitted, the SDK targets AWS for the region.
    endpoint: config.endpoint ?? undefined,
    // Self-hosted stores are usually reached by IP or a single hostname, where virtual-host style
    // (`<bucket>.<host>`) cannot resolve; path style puts the bucket in the URL path instead.
    forcePathStyle: config.forcePathStyle,
    // A dead endpoint should fail a request in seconds, not hang an upload: the SDK's default has
    // no connect timeout. The idle timeout is per socket, so a slow but moving 50 MB upload is fine.
    requestHandler: { connectionTimeout: 5_000, socketTimeout: 60_000 },
    maxAttempts: 3,
  });
}
