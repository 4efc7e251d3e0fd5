import "server-only";
import { systemDb } from "@/lib/db";

// First run: no tenant exists yet, so the owner connection.

export async function countOrganisations(): Promise<number> {
  return systemDb.tenant.count();
}
