// Bounded memo tables for the pure string lookups of the gazetteer and the KB. The same names
// ("Russia", "the U.S.", "officials") come back sentence after sentence and article after
// article; a lookup answered once is a hash probe afterwards. Each table is cleared when it grows
// past its limit, so a long batch cannot grow memory without end.

/** Results are shared between callers: treat them as read-only. */
export function memoize<T>(fn: (key: string) => T, limit = 50_000): (key: string) => T {
  const table = new Map<string, T>();
  return (key: string): T => {
    const hit = table.get(key);
    if (hit !== undefined || table.has(key)) return hit as T;
    const value = fn(key);
    if (table.size >= limit) table.clear();
    table.set(key, value);
    return value;
  };
}
