import { hash, verify } from "@node-rs/argon2";

// argon2id with the library defaults (m=19 MiB, t=2, p=1: OWASP's minimum recommendation).
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false; // a malformed stored hash is a failed login, not a crash
  }
}

let dummyHash: Promise<string> | undefined;

/** Verifies against a throwaway hash, so an unknown email costs the same time as a wrong password. */
export async function verifyDummy(password: string): Promise<false> {
  dummyHash ??= hash("assay-timing-equaliser");
  await verifyPassword(await dummyHash, password);
  return false;
}
