import { describe, expect, it } from "vitest";
import { systemDb as db } from "@/lib/db";
import { authenticate } from "@/lib/auth/login";
import { loadActor } from "@/lib/auth/load-actor";
import { hashPassword } from "@/lib/auth/password";
import { changePassword, completePasswordReset, requestPasswordReset } from "@/lib/auth/passwords";
import { newToken } from "@/lib/auth/tokens";
import { hasDb, makeTenant } from "./support";

describe.skipIf(!hasDb)("a person's own password", () => {
  async function person(password: string) {
    const a = await makeTenant("viewer");
    await db.user.update({
      where: { id: a.userId },
      data: { passwordHash: await hashPassword(password), sessionEpoch: new Date(Date.now() - 60_000) },
    });
    await db.membership.updateMany({
      where: { userId: a.userId },
      data: { sessionEpoch: new Date(Date.now() - 60_000) },
    });
    return a;
  }

  it("changing it needs the current one and ends every other session", async () => {
    const a = await person("the first password");
    const other = { uid: a.userId, tid: a.tenantId as string, authTime: Date.now() - 1000 };
    await new Promise((r) => setTimeout(r, 5));
    expect(await loadActor(other, Date.now())).not.toBeNull();
    await expect(changePassword(a.userId, "wrong", "the second password")).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    await expect(changePassword(a.userId, "the first password", "short")).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    await changePassword(a.userId, "the first password", "the second password");
    expect(await loadActor(other, Date.now())).toBeNull();
    expect((await authenticate(a.email, "the second password")).ok).toBe(true);
    expect((await authenticate(a.email, "the first password")).ok).toBe(false);
  });

  it("a reset link works once, within its hour, and ends every session", async () => {
    const a = await person("forgotten password");
    const { token, hash } = newToken();
    await db.passwordReset.create({
      data: { userId: a.userId, tokenHash: hash, expiresAt: new Date(Date.now() + 3600_000) },
    });
    const session = { uid: a.userId, tid: a.tenantId as string, authTime: Date.now() - 1000 };
    await completePasswordReset(token, "a fresh long password");
    expect(await loadActor(session, Date.now())).toBeNull();
    expect((await authenticate(a.email, "a fresh long password")).ok).toBe(true);
    await expect(completePasswordReset(token, "another long password")).rejects.toMatchObject({ code: "NOT_FOUND" });

    const late = newToken();
    await db.passwordReset.create({
      data: { userId: a.userId, tokenHash: late.hash, expiresAt: new Date(Date.now() - 1) },
    });
    await expect(completePasswordReset(late.token, "another long password")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("asking for a reset without SMTP creates nothing and says nothing about the address", async () => {
    const a = await person("whatever password");
    await expect(requestPasswordReset(a.email)).resolves.toBeUndefined();
    await expect(requestPasswordReset("nobody-here@test.example")).resolves.toBeUndefined();
    expect(await db.passwordReset.count({ where: { userId: a.userId } })).toBe(0);
  });
});
