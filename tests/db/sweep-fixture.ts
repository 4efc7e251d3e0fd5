import type { Actor } from "@/lib/auth/load-actor";
import { systemDb as db } from "@/lib/db";
import { uploadDocument } from "@/lib/evidence/documents/upload";
import { newBlobKey } from "@/lib/storage/blob-store";
import type { EncryptedBlobStore } from "@/lib/storage/encrypted-store";
import { makeTenant, makeVendor } from "./support";

/**
 * What the orphan sweep must tell apart, in any store: a file a Document points at (`kept`), a file
 * no row points at, as a process killed between "blob written" and "row committed" leaves behind
 * (`orphan`), and one just written for an upload still in flight (`recent`).
 */
export async function seedSweepFixture(
  store: EncryptedBlobStore,
): Promise<{ actor: Actor; kept: string; orphan: string; recent: string }> {
  const actor = await makeTenant("analyst");
  const vendor = await makeVendor(actor);
  const { document } = await uploadDocument(
    actor,
    vendor.id,
    { bytes: new TextEncoder().encode("# kept"), filename: "kept.md" },
    { store, enqueue: async () => {} },
  );
  const kept = (await db.document.findUniqueOrThrow({ where: { id: document.id } })).fileKey;
  const orphan = newBlobKey(actor.tenantId);
  await store.put(orphan, new TextEncoder().encode("# orphan"));
  const recent = newBlobKey(actor.tenantId);
  await store.put(recent, new TextEncoder().encode("# upload in flight"));
  return { actor, kept, orphan, recent };
}
