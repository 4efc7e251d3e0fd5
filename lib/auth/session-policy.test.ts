import { describe, expect, it } from "vitest";
import { ABSOLUTE_HOURS, sessionRejection } from "./session-policy";

const epoch = new Date("2026-11-23T10:00:00.000Z");
const claims = (authTime: number) => ({ uid: "u", tid: "t", authTime });

describe("sessionRejection", () => {
  it.each([
    {
      label: "fresh session",
      authTime: epoch.getTime() + 1000,
      now: epoch.getTime() + 2000,
      user: { disabledAt: null, sessionEpoch: epoch },
      want: null,
    },
    {
      label: "unknown user",
      authTime: epoch.getTime() + 1000,
      now: epoch.getTime() + 2000,
      user: null,
      want: "unknown-user",
    },
    {
      label: "disabled user",
      authTime: epoch.getTime() + 1000,
      now: epoch.getTime() + 2000,
      user: { disabledAt: epoch, sessionEpoch: epoch },
      want: "disabled",
    },
    {
      label: "this one session signed out (its sid revoked), though issued after the epoch",
      authTime: epoch.getTime() + 1000,
      now: epoch.getTime() + 2000,
      user: { disabledAt: null, sessionEpoch: epoch, sessionRevoked: true },
      want: "revoked",
    },
    {
      label: "issued before the epoch (revoked)",
      authTime: epoch.getTime() - 1,
      now: epoch.getTime() + 2000,
      user: { disabledAt: null, sessionEpoch: epoch },
      want: "revoked",
    },
    {
      label: "issued in the same millisecond as the revocation",
      authTime: epoch.getTime(),
      now: epoch.getTime() + 1,
      user: { disabledAt: null, sessionEpoch: epoch },
      want: "revoked",
    },
    {
      label: "past the absolute lifetime",
      authTime: epoch.getTime() + 1,
      now: epoch.getTime() + 2 + ABSOLUTE_HOURS * 3600_000,
      user: { disabledAt: null, sessionEpoch: epoch },
      want: "expired",
    },
    {
      label: "just inside the absolute lifetime",
      authTime: epoch.getTime() + 1,
      now: epoch.getTime() + 1 + ABSOLUTE_HOURS * 3600_000,
      user: { disabledAt: null, sessionEpoch: epoch },
      want: null,
    },
  ])("$label", ({ authTime, now, user, want }) => {
    expect(sessionRejection(claims(authTime), user, now)).toBe(want);
  });
});
