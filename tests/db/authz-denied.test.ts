import { beforeEach, describe, expect, it, vi } from "vitest";
import * as z from "zod";
import { systemDb as db } from "@/lib/db";
import { hasDb, makeTenant } from "./support";

// Refusals by role are written to the audit trail (§9 C 33: "403, logged"). Only the session
// cookie's decoding is replaced: the actor is still loaded from PostgreSQL by the real code.
const session = vi.hoisted(() => ({ current: null as null | { uid: string; tid: string; authTime: number } }));
vi.mock("@/lib/auth/session-claims", () => ({ readSessionClaims: async () => session.current }));

const { authedAction } = await import("@/lib/action");
const { withActor } = await import("@/lib/http");
const { assertCan } = await import("@/lib/auth/roles");

describe.skipIf(!hasDb)("denied requests are audited", () => {
  let viewer: Awaited<ReturnType<typeof makeTenant>>;
  beforeEach(async () => {
    viewer = await makeTenant("viewer");
    session.current = { uid: viewer.userId, tid: viewer.tenantId, authTime: Date.now() + 1 };
  });
  const denials = () => db.auditEvent.findMany({ where: { tenantId: viewer.tenantId, action: "authz.denied" } });

  it("a server action refused by role answers with the message and leaves an authz.denied event", async () => {
    const body = vi.fn(async () => ({ ok: true as const }));
    const action = authedAction("vendor:edit", z.object({}), body);
    expect(await action({})).toEqual({ ok: false, error: "Your role does not allow this." });
    expect(body).not.toHaveBeenCalled();
    const events = await denials();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: viewer.userId, data: { where: "action:vendor:edit", role: "viewer" } });
  });

  it("a route handler refused by a check deep inside answers 403 and leaves an authz.denied event", async () => {
    const route = withActor(async (_req, actor) => {
      assertCan(actor, "document:upload");
      return new Response("stored");
    });
    const res = await route(
      new Request("http://assay.test/api/vendors/x/documents", {
        method: "POST",
        headers: { origin: "http://assay.test", host: "assay.test" },
      }),
      {},
    );
    expect(res.status).toBe(403);
    expect((await denials()).map((e) => e.data)).toEqual([
      expect.objectContaining({ where: "POST /api/vendors/x/documents" }),
    ]);
  });

  it("allowed calls and not-found answers leave no denial", async () => {
    const action = authedAction("vendor:read", z.object({}), async () => ({ ok: false as const, error: "x" }));
    await action({});
    const route = withActor(async () => new Response(null, { status: 404 }));
    await route(new Request("http://assay.test/api/documents/x"), {});
    expect(await denials()).toEqual([]);
  });
});
