import { describe, expect, it } from "vitest";
import { systemDb as db } from "@/lib/db";
import { updateGap } from "@/lib/gaps/mutations";
import { updateGapSchema } from "@/lib/gaps/schema";
import { hasDb, makeTenant, makeVendor } from "./support";

// H2 (issue #14): updateGap checked gap:accept-risk only when the status changed, so an analyst
// could move an accepted risk's expiry to 2099 and rewrite its justification.
describe.skipIf(!hasDb)("risk acceptance fields", () => {
  async function acceptedGap() {
    const security = await makeTenant("security");
    const v = await makeVendor(security);
    const g = await db.gap.create({
      data: {
        tenantId: security.tenantId,
        vendorId: v.id,
        key: "k",
        checkId: "c",
        subject: "s",
        severity: "high",
        title: "t",
        detail: "d",
        ownerRole: "security",
        status: "risk_accepted",
        acceptanceNote: "Compensating control in place.",
        acceptedUntil: new Date("2027-06-30T00:00:00Z"),
      },
    });
    const analyst = { ...security, role: "analyst" as const };
    await db.membership.updateMany({ where: { userId: security.userId }, data: { role: "security" } });
    return { security, analyst, g };
  }
  const edit = (gapId: string, version: number, fields: { acceptanceNote?: string; acceptedUntil?: string }) =>
    updateGapSchema.parse({
      gapId,
      version,
      status: "risk_accepted",
      acceptanceNote: fields.acceptanceNote ?? "Compensating control in place.",
      acceptedUntil: fields.acceptedUntil ?? "2027-06-30",
    });

  it("refuses an analyst who moves the expiry or rewrites the justification", async () => {
    const { analyst, g } = await acceptedGap();
    await expect(updateGap(analyst, edit(g.id, g.version, { acceptedUntil: "2099-12-31" }))).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(
      updateGap(analyst, edit(g.id, g.version, { acceptanceNote: "Nothing to see here, all fine." })),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const row = await db.gap.findUniqueOrThrow({ where: { id: g.id } });
    expect(row.acceptedUntil?.toISOString().slice(0, 10)).toBe("2027-06-30");
    expect(row.acceptanceNote).toBe("Compensating control in place.");
  });

  it("lets an analyst save other fields of an accepted gap, and a reviewer extend it", async () => {
    const { analyst, security, g } = await acceptedGap();
    const { changed } = await updateGap(analyst, {
      ...edit(g.id, g.version, {}),
      comment: "Asked for the new report.",
    });
    expect(changed).toEqual([]);
    const { version } = await db.gap.findUniqueOrThrow({ where: { id: g.id } });
    expect((await updateGap(security, edit(g.id, version, { acceptedUntil: "2028-01-31" }))).changed).toEqual([
      "acceptedUntil",
    ]);
  });

  it("refuses an expiry in the past", async () => {
    const { security, g } = await acceptedGap();
    await expect(updateGap(security, edit(g.id, g.version, { acceptedUntil: "2020-01-01" }))).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
  });
});
