const FNV_PRIME = 0x01000193;

function fnv1a32(text: string, offsetBasis: number): number {
  let hash = offsetBasis >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, FNV_PRIME) >>> 0;
  }
  return hash >>> 0;
}

/**
 * FNV-1a, run twice with different offset bases for 64 bits of key: a register holds at most a
 * few hundred gaps, so collisions are not a practical concern.
 */
export function stableHash(text: string): string {
  // Both halves in one pass over the text (same values as fnv1a32 with each offset basis).
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, FNV_PRIME) >>> 0;
    b = Math.imul(b ^ code, FNV_PRIME) >>> 0;
  }
  return hex8(a) + hex8(b);
}

const HEX = [..."0123456789abcdef"].map((digit) => digit.charCodeAt(0));

/** `value.toString(16).padStart(8, "0")` for an unsigned 32-bit value, without the slow radix conversion. */
function hex8(value: number): string {
  return String.fromCharCode(
    HEX[(value >>> 28) & 15]!,
    HEX[(value >>> 24) & 15]!,
    HEX[(value >>> 20) & 15]!,
    HEX[(value >>> 16) & 15]!,
    HEX[(value >>> 12) & 15]!,
    HEX[(value >>> 8) & 15]!,
    HEX[(value >>> 4) & 15]!,
    HEX[value & 15]!,
  );
}

/** Short hash for putting free text (an exception's wording) into a subject. */
export function shortHash(text: string): string {
  return hex8(fnv1a32(text, 0x811c9dc5));
}
