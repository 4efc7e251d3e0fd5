import "server-only";
import { systemDb } from "@/lib/db";

/**
 * Which of these storage keys a Document row still points at. Deliberately not tenant-scoped: the
 * orphan sweep is system housekeeping over the whole store, and it learns only yes/no per key it
 * already holds.
 */
export async function findKnownFileKeys(keys: string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await systemDb.document.findMany({ where: { fileKey: { in: keys } }, select: { fileKey: true } });
  return new Set(rows.map((r) => r.fileKey));
}
