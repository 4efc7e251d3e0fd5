import { spawn } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";

/** s3rver's one built-in key pair. It checks the access key id but does not verify SigV4 signatures. */
export const S3RVER_CREDENTIALS = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" };

export type LocalS3 = {
  endpoint: string;
  dir: string;
  close: () => Promise<void>;
  fileOf: (bucket: string, objectKey: string) => string;
};

/**
 * A real S3-protocol server (s3rver) on loopback, on a port the OS picks, keeping its objects in a
 * temp directory so a test can look at the bytes at rest.
 */
export async function startLocalS3(buckets: string[]): Promise<LocalS3> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "assay-s3rver-"));
  const child = spawn(
    process.execPath,
    ["--openssl-legacy-provider", path.resolve(import.meta.dirname, "s3-server.child.mjs"), dir, ...buckets],
    {
      stdio: ["pipe", "pipe", "inherit"],
    },
  );
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const port = await new Promise<number>((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`s3rver exited (${code}) before listening`)));
    readline
      .createInterface({ input: child.stdout! })
      .once("line", (line) => resolve((JSON.parse(line) as { port: number }).port));
  });
  return {
    endpoint: `http://127.0.0.1:${port}`,
    dir,
    close: async () => {
      child.stdin!.end();
      await exited;
      await fs.rm(dir, { recursive: true, force: true });
    },
    // Where s3rver's filesystem store keeps an object's bytes; that file's mtime is the LastModified it reports.
    fileOf: (bucket, objectKey) => {
      const parts = objectKey.split("/");
      const last = parts.pop();
      return path.join(dir, bucket, ...parts, `${last}._S3rver_object`);
    },
  };
}
