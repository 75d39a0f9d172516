// A small time-bounded cache for aggregate reads (dashboard counts, facets): the same numbers are
// asked for by every visitor, and a few seconds of staleness is invisible next to the ingest rate.
export class TtlCache {
  private readonly entries = new Map<string, { at: number; value: Promise<unknown> }>();
  constructor(private readonly ttlMs: number, private readonly maxEntries = 500) {}

  /** `ttlMs` overrides the default for aggregates that cost much and change slowly (all-time lists). */
  get<T>(key: string, compute: () => Promise<T>, ttlMs = this.ttlMs): Promise<T> {
    const now = Date.now();
    const hit = this.entries.get(key);
    if (hit && now - hit.at < Math.min(ttlMs, this.ttlMs * 30)) return hit.value as Promise<T>;
    const value = compute();
    // A failed computation is not remembered.
    value.catch(() => this.entries.delete(key));
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(key, { at: now, value });
    return value;
  }

  clear(): void {
    this.entries.clear();
  }
}
