import type { S3Config } from "./s3-client";

/**
 * Object storage could not be used (unreachable, wrong bucket, refused credentials…). The message
 * says what to check, in configuration terms; the SDK's own error stays on `cause` for the logs.
 */
export class ObjectStorageError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "ObjectStorageError";
  }
}

type SdkError = { name?: string; code?: string; message?: string; $metadata?: { httpStatusCode?: number } };

/**
 * A missing object. GetObject says NoSuchKey; HeadObject has no response body, so the SDK can only
 * say NotFound — which is also what a missing *bucket* looks like to HEAD. `exists()` therefore
 * reports false for a missing bucket; every other call names the bucket problem.
 */
export function isS3NotFound(err: unknown): boolean {
  const name = (err as SdkError)?.name;
  return name === "NoSuchKey" || name === "NotFound";
}

const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EPIPE",
]);
const CREDENTIAL_ERRORS = new Set([
  "InvalidAccessKeyId",
  "SignatureDoesNotMatch",
  "AccessDenied",
  "Forbidden",
  "InvalidToken",
  "ExpiredToken",
]);
const REGION_ERRORS = new Set([
  "AuthorizationHeaderMalformed",
  "PermanentRedirect",
  "IllegalLocationConstraintException",
]);

/** Turns an SDK failure into an ObjectStorageError that names the setting to check. */
export function explainS3Error(err: unknown, config: S3Config, action: string): ObjectStorageError {
  const e = (err ?? {}) as SdkError;
  const name = e.name ?? "Error";
  const status = e.$metadata?.httpStatusCode;
  const where = config.endpoint ? `at ${config.endpoint}` : `in AWS region ${config.region}`;
  const bucket = `bucket "${config.bucket}"`;
  let message: string;
  if ((e.code && NETWORK_CODES.has(e.code)) || name === "TimeoutError") {
    message = `Cannot reach object storage ${where} (${e.code ?? name}): check S3_ENDPOINT and that the store is running and reachable.`;
  } else if (name === "CredentialsProviderError") {
    message =
      "No object storage credentials were found: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (or AWS_PROFILE, or give the host a role).";
  } else if (name === "NoSuchBucket") {
    message = `The ${bucket} does not exist ${where}: create it, or fix S3_BUCKET.`;
  } else if (CREDENTIAL_ERRORS.has(name) || status === 403) {
    message = `Object storage ${where} refused access to ${bucket} (${name}): check AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (or the role) and the bucket policy.`;
  } else if (REGION_ERRORS.has(name) || status === 301) {
    message = `The ${bucket} is not in region ${config.region} (${name}): fix S3_REGION.`;
  } else {
    message = `Object storage ${where} failed to ${action} (${name}${status ? `, HTTP ${status}` : ""}).`;
  }
  return new ObjectStorageError(message, { cause: err });
}
