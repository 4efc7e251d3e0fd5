import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  type S3Client,
} from "@aws-sdk/client-s3";
import { assertBlobKey, BlobNotFoundError } from "./blob-store";
import type { ListableBlobStore } from "./listable";
import { makeS3Client, type S3Config } from "./s3-client";
import { explainS3Error, isS3NotFound, ObjectStorageError } from "./s3-errors";

/**
 * Objects in one bucket, under `<S3_PREFIX>/<tenantId>/<uuid>`. A PutObject is atomic (readers see
 * the old object, none, or the whole new one), so unlike local disk there is no temp area and
 * nothing half-written to clean up. Bytes are stored as given: EncryptedBlobStore wraps this, so
 * the bucket only ever holds ciphertext and its own server-side encryption is a second layer.
 */
export class S3Store implements ListableBlobStore {
  private readonly client: S3Client;
  private readonly listPageSize: number;

  constructor(
    readonly config: S3Config,
    opts: { client?: S3Client; listPageSize?: number } = {},
  ) {
    this.client = opts.client ?? makeS3Client(config);
    this.listPageSize = opts.listPageSize ?? 1000;
  }

  /** The object key in the bucket; the blob key is checked first, as every store does. */
  objectKey(key: string): string {
    assertBlobKey(key);
    return this.config.prefix ? `${this.config.prefix}/${key}` : key;
  }

  async put(key: string, bytes: Uint8Array): Promise<void> {
    const Key = this.objectKey(key);
    try {
      await this.client.send(
        new PutObjectCommand({
          Bucket: this.config.bucket,
          Key,
          Body: bytes,
          ContentLength: bytes.byteLength,
          ContentType: "application/octet-stream",
        }),
      );
    } catch (err) {
      throw explainS3Error(err, this.config, `store ${key}`);
    }
  }

  async get(key: string): Promise<Uint8Array> {
    const Key = this.objectKey(key);
    try {
      const out = await this.client.send(new GetObjectCommand({ Bucket: this.config.bucket, Key }));
      if (!out.Body) throw new ObjectStorageError(`Object storage returned no content for ${key}.`);
      return await out.Body.transformToByteArray();
    } catch (err) {
      if (err instanceof ObjectStorageError) throw err;
      if (isS3NotFound(err)) throw new BlobNotFoundError(key);
      throw explainS3Error(err, this.config, `read ${key}`);
    }
  }

  async delete(key: string): Promise<void> {
    const Key = this.objectKey(key);
    try {
      // S3 answers 204 for a key that is not there, which matches the interface: not an error.
      await this.client.send(new DeleteObjectCommand({ Bucket: this.config.bucket, Key }));
    } catch (err) {
      if (isS3NotFound(err)) return;
      throw explainS3Error(err, this.config, `delete ${key}`);
    }
  }

  async exists(key: string): Promise<boolean> {
    const Key = this.objectKey(key);
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.config.bucket, Key }));
      return true;
    } catch (err) {
      if (isS3NotFound(err)) return false;
      throw explainS3Error(err, this.config, `check ${key}`);
    }
  }

  /**
   * Keys of objects last written more than `olderThanMs` ago, for the orphan sweep. Only our prefix
   * is listed and only keys of the generated shape are returned, so other objects sharing the
   * bucket are never candidates for deletion. Ages use the store's LastModified against our clock;
   * the sweep's one-hour margin dwarfs any sane clock skew.
   */
  async listKeys(olderThanMs: number, now = Date.now()): Promise<string[]> {
    const Prefix = this.config.prefix ? `${this.config.prefix}/` : undefined;
    const keys: string[] = [];
    let ContinuationToken: string | undefined;
    do {
      let page;
      try {
        page = await this.client.send(
          new ListObjectsV2Command({
            Bucket: this.config.bucket,
            Prefix,
            ContinuationToken,
            MaxKeys: this.listPageSize,
          }),
        );
      } catch (err) {
        throw explainS3Error(err, this.config, "list objects");
      }
      for (const obj of page.Contents ?? []) {
        const key = obj.Key?.slice(Prefix?.length ?? 0);
        if (!key || !isBlobKey(key)) continue; // not ours: never touch objects we did not name
        if (obj.LastModified && now - obj.LastModified.getTime() > olderThanMs) keys.push(key);
      }
      ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (ContinuationToken);
    return keys;
  }
}

function isBlobKey(key: string): boolean {
  try {
    assertBlobKey(key);
    return true;
  } catch {
    return false;
  }
}
