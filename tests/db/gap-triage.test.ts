import { describe, expect, it } from "vitest";
import { systemDb as db } from "@/lib/db";
import { updateGap } from "@/lib/gaps/mutations";
import { updateGapSchema } from "@/lib/gaps/schema";
import { hasDb, makeTenant, makeVendor } from "./support";

describe.skipIf(!hasDb)("gap triage", () => {
  async function gapFor(role: "analyst" | "security") {
    const actor = await makeTenant(role);
    const v = await makeVendor(actor);
    const g = await db.gap.create({ data: { tenantId: actor.tenantId, vendorId: v.id, key: "k", checkId: "c", subject: "s", severity: "high", title: "t", detail: "d", ownerRole: "security" } });
    return { actor, g };
  }
  const accept = (gapId: string) => updateGapSchema.parse({ gapId, status: "risk_accepted", acceptanceNote: "Compensating control in place.", acceptedUntil: "2027-06-30" });

  it("lets a security reviewer accept a risk, recording it in the audit trail", async () => {
    const { actor, g } = await gapFor("security");
    expect((await updateGap(actor, accept(g.id))).changed).toEqual(expect.arrayContaining(["status", "acceptanceNote", "acceptedUntil"]));
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
    const r = updateGapSchema.safeParse({ gapId: crypto.randomUUID(), status: "risk_accepted" });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path[0]).sort()).toEqual(["acceptanceNote", "acceptedUntil"]);
  });

  it("refuses an owner from another organisation and a gap of another organisation", async () => {
    const { actor, g } = await gapFor("security");
    const other = await makeTenant("security");
    await expect(updateGap(actor, updateGapSchema.parse({ gapId: g.id, status: "open", ownerId: other.userId }))).rejects.toThrow(/member of your organisation/);
    await expect(updateGap(other, updateGapSchema.parse({ gapId: g.id, status: "resolved" }))).rejects.toThrow(/not found/);
    expect((await db.gap.findUniqueOrThrow({ where: { id: g.id } })).status).toBe("open");
  });
});
