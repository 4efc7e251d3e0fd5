export const ERROR_CODES = [
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "CONFLICT",
  "INVALID_INPUT",
  "PAYLOAD_TOO_LARGE",
  "RATE_LIMITED",
  "UNAVAILABLE",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const HTTP_STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID_INPUT: 422,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
};

/** An expected failure whose message is safe to show the user. Anything else is a bug (500). */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "AppError";
  }
}

/** Another tenant's object and a missing object look the same from outside. */
export function notFound(what = "That item"): AppError {
  return new AppError("NOT_FOUND", `${what} was not found.`);
}

/** What a user sees when the database is down or restarting; the caller adds a reference id. */
export const DATABASE_UNAVAILABLE_MESSAGE =
  "The database is not available right now, so nothing was saved. Try again in a moment.";

// Prisma codes (adapter-pg maps socket errors to these) and PostgreSQL SQLSTATEs that mean "the
// database went away or is restarting", not "this request was wrong": P1001 unreachable, P1002 and
// P1008 timeouts, P1017 connection closed, P2024 no pool connection in time, P2037 too many
// connections; class 08 connection exceptions, 57P01-57P03 shutdown/restart, 53300 too many clients.
const UNAVAILABLE_PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2037"]);
const UNAVAILABLE_ADAPTER_KINDS = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
]);
const UNAVAILABLE_SQLSTATE = /^(08...|57P0[123]|53300)$/;
// node-postgres's own wording when a socket dies under a query or the pool cannot connect (bare
// ECONNREFUSED/ECONNRESET are left out on purpose: SMTP or S3 being down is not the database).
const UNAVAILABLE_DRIVER_MESSAGE =
  /Connection terminated|connection error and is not queryable|timeout exceeded when trying to connect/;

/**
 * True when `err` (a Prisma error, a driver error, or one wrapping either) says the database could
 * not be reached or dropped the connection. Route handlers and server actions answer those with
 * 503 and DATABASE_UNAVAILABLE_MESSAGE instead of a generic 500: the request may simply be retried.
 */
export function isDatabaseUnavailable(err: unknown): boolean {
  for (let e = err, depth = 0; e && typeof e === "object" && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const x = e as {
      code?: unknown;
      message?: unknown;
      meta?: { driverAdapterError?: { cause?: { kind?: unknown; code?: unknown; originalCode?: unknown } } };
    };
    if (typeof x.code === "string" && (UNAVAILABLE_PRISMA_CODES.has(x.code) || UNAVAILABLE_SQLSTATE.test(x.code)))
      return true;
    const cause = x.meta?.driverAdapterError?.cause;
    if (cause) {
      if (typeof cause.kind === "string" && UNAVAILABLE_ADAPTER_KINDS.has(cause.kind)) return true;
      const sqlState = cause.originalCode ?? cause.code;
      if (typeof sqlState === "string" && UNAVAILABLE_SQLSTATE.test(sqlState)) return true;
    }
    if (typeof x.message === "string" && UNAVAILABLE_DRIVER_MESSAGE.test(x.message)) return true;
    // P2028 is also "transaction already closed" (a bug); only its pool-wait form is "busy, retry" (M3).
    if (
      x.code === "P2028" &&
      typeof x.message === "string" &&
      /Unable to start a transaction in the given time/.test(x.message)
    )
      return true;
  }
  return false;
}

/**
 * A unique index refused the write (Prisma's P2002, or PostgreSQL's own wording when the adapter passes the
 * driver error through): callers turn it into a CONFLICT or "someone else got there first".
 */
export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: unknown; message?: unknown } | null | undefined;
  return e?.code === "P2002" || /unique constraint/i.test(String(e?.message ?? ""));
}
