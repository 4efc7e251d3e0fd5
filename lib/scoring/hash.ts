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
  const a = fnv1a32(text, 0x811c9dc5);
  const b = fnv1a32(text, 0x050c5d1f);
  return a.toString(16).padStart(8, "0") + b.toString(16).padStart(8, "0");
}

/** Short hash for putting free text (an exception's wording) into a subject. */
export function shortHash(text: string): string {
  return fnv1a32(text, 0x811c9dc5).toString(16).padStart(8, "0");
}
