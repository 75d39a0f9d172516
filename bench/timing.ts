// Runs a unit of work repeatedly for at least `minSeconds` and reports wall and CPU time: the
// machine may be shared, and CPU time is the figure that survives a busy neighbour. One untimed pass
// comes first: the first pass over an input pays for JIT compilation and lazily built tables (the
// quote stage's first pass costs ~5x a warm one), which an ingest of thousands pays once, and a
// 5-second run of only a few passes would otherwise mostly measure.

export interface Timing {
  /** Units of work done. */
  n: number;
  /** Passes over the whole input. */
  rounds: number;
  /** Seconds of wall clock and of CPU (user + system). */
  elapsed: number;
  cpu: number;
  /** Peak resident memory of the process, MB. */
  rssMb: number;
}

export const MIN_SECONDS = Number(process.env.SITREP_BENCH_SECONDS ?? 5);

/** Calls `pass()` (one pass over the input, returning how many units it did) once to warm up, then until minSeconds have gone. */
export function timeRounds(pass: () => number, minSeconds = MIN_SECONDS): Timing {
  pass();
  let n = 0;
  let rounds = 0;
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  let elapsed = 0;
  do {
    n += pass();
    rounds++;
    elapsed = Number(process.hrtime.bigint() - t0) / 1e9;
  } while (elapsed < minSeconds);
  const cu = process.cpuUsage(c0);
  return { n, rounds, elapsed, cpu: (cu.user + cu.system) / 1e6, rssMb: process.resourceUsage().maxRSS / 1024 };
}
