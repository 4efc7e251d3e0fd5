import "server-only";
import { systemDb } from "@/lib/db";

// A password belongs to the person, in no one organisation (and a reset has no session): owner connection.

export async function findPasswordOwner(userId: string) {
  return systemDb.user.findUnique({ where: { id: userId }, select: { email: true, passwordHash: true } });
}

export async function findAccountByEmail(email: string) {
  return systemDb.user.findUnique({ where: { email }, select: { id: true, name: true } });
}

export async function findPasswordReset(tokenHash: string) {
  return systemDb.passwordReset.findUnique({ where: { tokenHash } });
}
