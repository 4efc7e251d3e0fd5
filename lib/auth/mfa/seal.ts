import { decryptBlob, encryptBlob } from "@/lib/storage/envelope";
import { parseKeyring } from "@/lib/storage/keyring";

// Secrets the server must read back (a TOTP secret, an identity provider's client secret) are sealed
// with the same keyring as the stored files (FILE_ENCRYPTION_KEY, with its rotation), so a database
// dump alone opens nothing. The purpose string is authenticated: a sealed value moved to another
// row or column fails to open.

export function sealSecret(plain: string, purpose: string): string {
  return Buffer.from(encryptBlob(Buffer.from(plain, "utf8"), purpose, parseKeyring())).toString("base64");
}

export function openSecret(sealed: string, purpose: string): string {
  return Buffer.from(decryptBlob(Buffer.from(sealed, "base64"), purpose, parseKeyring())).toString("utf8");
}
