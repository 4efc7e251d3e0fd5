import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "@/lib/errors";

// The shapes seen in tests/db/fault-db-restart.test.ts (Prisma 7 + adapter-pg 7.10), and the
// request errors that must stay 4xx/500 rather than turn into "try again".
const adapterError = (cause: Record<string, unknown>, code = "P2039") =>
  Object.assign(new Error("Invalid `tx.auditEvent.create()` invocation"), {
    code,
    meta: { driverAdapterError: { name: "DriverAdapterError", cause } },
  });

describe("isDatabaseUnavailable", () => {
  it.each([
    [
      "a restart killing the connection (57P01)",
      adapterError({ originalCode: "57P01", kind: "postgres", code: "57P01", severity: "FATAL" }),
    ],
    [
      "an unreachable server (P1001)",
      adapterError({ kind: "DatabaseNotReachable", host: "127.0.0.1", port: 5432 }, "P1001"),
    ],
    ["a closed connection (P1017)", Object.assign(new Error("Server has closed the connection."), { code: "P1017" })],
    ["a pool timeout (P2024)", Object.assign(new Error("Timed out fetching a new connection"), { code: "P2024" })],
    ["node-postgres's own wording", new Error("Connection terminated unexpectedly")],
    ["a wrapped cause", new Error("outer", { cause: Object.assign(new Error("x"), { code: "08006" }) })],
  ])("%s: yes", (_label, err) => expect(isDatabaseUnavailable(err)).toBe(true));

  it.each([
    ["a unique violation", Object.assign(new Error("Unique constraint failed"), { code: "P2002" })],
    ["a foreign key violation", adapterError({ kind: "ForeignKeyConstraintViolation" }, "P2003")],
    ["a syntax error", adapterError({ kind: "postgres", code: "42601" })],
    ["a plain bug", new TypeError("x is undefined")],
    [
      "another service refusing (SMTP, S3)",
      Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:587"), { code: "ECONNREFUSED" }),
    ],
    ["nothing", undefined],
  ])("%s: no", (_label, err) => expect(isDatabaseUnavailable(err)).toBe(false));
});
