/**
 * Memoises a pure string function. The same few names, dates and places recur across thousands of
 * vendors, so this removes most of the re-scoring cost. The cache is cleared when full: it is
 * invisible to callers (same input, same output) and bounded in memory.
 */
export function memoize<T>(fn: (key: string) => T, maxEntries = 50_000): (key: string) => T {
  const cache = new Map<string, T>();
  return (key: string) => {
    const hit = cache.get(key);
    if (hit !== undefined || cache.has(key)) return hit as T;
    if (cache.size >= maxEntries) cache.clear();
    const value = fn(key);
    cache.set(key, value);
    return value;
  };
}
