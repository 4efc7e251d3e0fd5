import { describe, expect, it } from "vitest";
import { systemDb as db } from "@/lib/db";
import { updateGap } from "@/lib/gaps/mutations";
import { updateGapSchema } from "@/lib/gaps/schema";
import { hasDb, makeTenant, makeVendor } from "./support";

describe.skipIf(!hasDb)("gap triage", () => {
  async function gapFor(role: "analyst" | "security") {
    const actor = await makeTenant(role);
    const v = await makeVendor(actor);
    const g = await db.gap.create({
      data: {
        tenantId: actor.tenantId,
        vendorId: v.id,
        key: "k",
        checkId: "c",
        subject: "s",
        severity: "high",
        title: "t",
        detail: "d",
        ownerRole: "security",
      },
    });
    return { actor, g };
  }
  const accept = (gapId: string) =>
    updateGapSchema.parse({
      gapId,
      version: 1,
      status: "risk_accepted",
      acceptanceNote: "Compensating control in place.",
      acceptedUntil: "2027-06-30",
    });

  it("lets a security reviewer accept a risk, recording it in the audit trail", async () => {
    const { actor, g } = await gapFor("security");
    expect((await updateGap(actor, accept(g.id))).changed).toEqual(
      expect.arrayContaining(["status", "acceptanceNote", "acceptedUntil"]),
    );
    const row = await db.gap.findUniqueOrThrow({ where: { id: g.id } });
    expect(row.status).toBe("risk_accepted");
    expect(row.acceptedUntil?.toISOString().slice(0, 10)).toBe("2027-06-30");
    expect(await db.auditEvent.count({ where: { entityId: g.id, action: "gap.update" } })).toBe(1);
  });

  it("refuses risk acceptance from an analyst and changes nothing", async () => {
    const { actor, g } = await gapFor("analyst");
    await expect(updateGap(actor, accept(g.id))).rejects.toThrow(/security reviewer or an admin/);
    expect((await db.gap.findUniqueOrThrow({ where: { id: g.id } })).status).toBe("open");
  });

  it("requires a justification and an expiry to accept a risk", () => {
    const r = updateGapSchema.safeParse({ gapId: crypto.randomUUID(), version: 1, status: "risk_accepted" });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path[0]).sort()).toEqual(["acceptanceNote", "acceptedUntil"]);
  });

  it("refuses an owner from another organisation and a gap of another organisation", async () => {
    const { actor, g } = await gapFor("security");
    const other = await makeTenant("security");
    await expect(
      updateGap(
        actor,
        updateGapSchema.parse({ gapId: g.id, version: g.version, status: "open", ownerId: other.userId }),
      ),
    ).rejects.toThrow(/member of your organisation/);
    await expect(
      updateGap(other, updateGapSchema.parse({ gapId: g.id, version: g.version, status: "resolved" })),
    ).rejects.toThrow(/not found/);
    expect((await db.gap.findUniqueOrThrow({ where: { id: g.id } })).status).toBe("open");
  });

  it("of ten people saving the same gap at once, exactly one wins each round; the rest get 409 and lose nothing", async () => {
    const { actor, g } = await gapFor("security");
    const writers = await Promise.all(
      Array.from({ length: 10 }, async () => {
        const u = await db.user.create({
          data: { email: `w-${crypto.randomUUID().slice(0, 8)}@test.example`, name: "Writer", passwordHash: "x" },
        });
        await db.membership.create({ data: { tenantId: actor.tenantId, userId: u.id, role: "security" } });
        return { ...actor, userId: u.id };
      }),
    );
    const ROUNDS = 20;
    let wins = 0,
      conflicts = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const { version } = await db.gap.findUniqueOrThrow({ where: { id: g.id }, select: { version: true } });
      const results = await Promise.allSettled(
        writers.map((w, i) =>
          updateGap(
            w,
            updateGapSchema.parse({
              gapId: g.id,
              version,
              status: i % 2 ? "in_progress" : "open",
              comment: `round ${round} writer ${i}`,
            }),
          ),
        ),
      );
      const won = results.filter((r) => r.status === "fulfilled").length;
      const lost = results.filter(
        (r) => r.status === "rejected" && (r.reason as { code?: string }).code === "CONFLICT",
      ).length;
      expect([won, lost]).toEqual([1, 9]);
      wins += won;
      conflicts += lost;
    }
    const row = await db.gap.findUniqueOrThrow({ where: { id: g.id }, select: { version: true } });
    expect({ wins, conflicts, version: row.version }).toEqual({
      wins: ROUNDS,
      conflicts: ROUNDS * 9,
      version: 1 + ROUNDS,
    });
    // Nothing half-applied: one comment and one audit event per winning save, none from the losers.
    expect(await db.gapComment.count({ where: { gapId: g.id } })).toBe(ROUNDS);
    expect(await db.auditEvent.count({ where: { entityId: g.id, action: "gap.update" } })).toBe(ROUNDS);
  });

  it("refuses a save made from a version someone has since changed", async () => {
    const { actor, g } = await gapFor("security");
    await updateGap(actor, updateGapSchema.parse({ gapId: g.id, version: g.version, status: "in_progress" }));
    await expect(
      updateGap(actor, updateGapSchema.parse({ gapId: g.id, version: g.version, status: "resolved" })),
    ).rejects.toThrow(/Someone else changed this gap/);
    expect((await db.gap.findUniqueOrThrow({ where: { id: g.id } })).status).toBe("in_progress");
  });
});
