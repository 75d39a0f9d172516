// Binary search over anything kept in text order (tokens, sentences, mentions, quote segments).

/** The first index in [from, to) where `past` holds (to when none); `past` must be false, then true, along the range. */
export function firstWhere(from: number, to: number, past: (i: number) => boolean): number {
  let lo = from, hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (past(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
