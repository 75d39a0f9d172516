// End-to-end ingest (JSONL -> analysis -> store) on >= 10,000 articles made from the 924 PolNeAR
// articles repeated with variations; then search latency over that store; then the same ingest on
// PostgreSQL through the job queue with 1 and 2 `sitrep worker` processes when a server is given.
//   SITREP_BENCH_N        articles for SQLite (default 10000)
//   SITREP_BENCH_PG_N     articles for each PostgreSQL run (default SITREP_BENCH_N)
//   SITREP_THREADS        analysis threads (default cores - 1)
//   SITREP_TEST_PG_URL or SITREP_PG_URL   PostgreSQL for the queue runs
//   SITREP_BENCH_KEEP     keep the SQLite store at this path (to profile queries on it afterwards)
// Besides the CPU split between the main thread and the rest, it splits the rest into the analysis
// thread(s) and V8's helper threads (GC, background compiler) and gives the steady rate over the
// last two thirds, and the start-up and warm-up CPU the first third cost beyond that rate.
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, existsSync } from 'node:fs';
import { tmpdir, loadavg, cpus } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { getHeapStatistics } from 'node:v8';
import { ROOT, requireShared } from '../../eval/shared.ts';
import { openDb } from '../../src/store/open.ts';
import { Ingester } from '../../src/ingest/run.ts';
import { expandInputs } from '../../src/ingest/items.ts';
import { createAnalyzer, defaultThreads } from '../../src/ingest/pool.ts';
import { corpusHook } from '../../src/ingest/corpus-hook.ts';
import { searchArticles } from '../../src/store/search.ts';
import { countArticles } from '../../src/store/articles.ts';
import { enqueue, startBoss, INGEST_QUEUE } from '../../src/ingest/queue.ts';
import { freshPgSchema } from '../../test/store/backends.ts';
import { benchSource, writeBenchCorpus } from '../bench-corpus.ts';

requireShared('ingest');
const N = Number(process.env.SITREP_BENCH_N ?? 10_000);
const PG_N = Number(process.env.SITREP_BENCH_PG_N ?? N);
const PG_URL = process.env.SITREP_TEST_PG_URL ?? process.env.SITREP_PG_URL;

const source = benchSource();
const corpus = writeBenchCorpus;

/**
 * CPU time per thread from /proc (Linux), in ms, by task id. Event-loop utilisation counts wall
 * time, which on a loaded machine includes time the thread waited for a core; this does not.
 */
function threadTimes(): Map<number, number> | null {
  const dir = `/proc/${process.pid}/task`;
  if (!existsSync(dir)) return null;
  const out = new Map<number, number>();
  for (const tid of readdirSync(dir)) {
    let stat: string;
    try {
      stat = readFileSync(`${dir}/${tid}/stat`, 'utf8');
    } catch {
      continue;
    }
    // Fields after the command name (which may hold spaces) start at field 3; utime and stime are 14 and 15.
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    out.set(Number(tid), (Number(f[11]) + Number(f[12])) * 10);
  }
  return out;
}

/**
 * Thread CPU between two readings, split three ways: the main thread (its task id is the pid), the
 * `threads` busiest other threads (the analysis workers' JavaScript threads) and the rest (V8's
 * helper threads, which both isolates share for concurrent GC marking, parallel scavenges and
 * background compilation; libuv's pool).
 */
function cpuSplit(a: Map<number, number>, b: Map<number, number>, threads: number): { main: number; workers: number; helpers: number } {
  const used = [...b].map(([tid, ms]) => [tid, ms - (a.get(tid) ?? 0)] as const);
  const main = used.find(([tid]) => tid === process.pid)?.[1] ?? 0;
  const others = used.filter(([tid]) => tid !== process.pid).map(([, ms]) => ms).sort((x, y) => y - x);
  const workers = others.slice(0, threads).reduce((s, x) => s + x, 0);
  const helpers = others.slice(threads).reduce((s, x) => s + x, 0);
  return { main, workers, helpers };
}

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}

const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-ingest-'));
try {
  const file = join(dir, 'corpus.jsonl');
  const textBytes = corpus(N, file);
  const threads = defaultThreads();
  console.log(`${N} articles (${source.length} PolNeAR articles repeated with variations), ${(textBytes / 1048576).toFixed(1)} MB of text; `
    + `${cpus().length} cores, ${threads} analysis thread(s); load average at start ${loadavg()[0].toFixed(1)}`);

  // ---- SQLite ----
  const dbPath = join(dir, 'sitrep.db');
  const db = await openDb({ db: dbPath });
  // The same after-save hook `sitrep ingest` runs (near-duplicate links and stories), so the bench
  // measures what the CLI does.
  // Thread CPU when the first article is done (the workers' start-up: loading modules and models)
  // and when a third are: what the rest cost is the steady rate, without start-up and warm-up
  // (V8 compiling the hot code, lazily built tables).
  let thThird: Map<number, number> | null = null;
  let thFirst: Map<number, number> | null = null;
  let doneThird = 0;
  // The most V8 heap the main thread used, sampled as each article is done (the analysis threads
  // sample their own after each batch): peak RSS is the sum of both heaps' saw-tooth tops at one
  // moment, plus SQLite's page cache and the code, so these say which thread a rise came from.
  let mainHeapPeak = 0;
  const onProgress = (p: { done: number }): void => {
    mainHeapPeak = Math.max(mainHeapPeak, getHeapStatistics().used_heap_size);
    if (thFirst === null && p.done >= 1) thFirst = threadTimes();
    if (thThird === null && p.done >= N / 3) { thThird = threadTimes(); doneThird = p.done; }
  };
  const analyzer = createAnalyzer(threads);
  const ingester = new Ingester({ db, analyzer, after: await corpusHook(), onProgress });
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const elu0 = performance.eventLoopUtilization();
  const th0 = threadTimes();
  const s = await ingester.run(expandInputs([file]));
  const th1 = threadTimes();
  const secs = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  // Node 20 has no per-thread CPU clock; the main thread's event-loop active time is the closest
  // measure of its work (validation, JSON, SQLite, corpus links), and the rest of the process CPU
  // is the analysis workers (plus GC and libuv threads).
  const mainMs = performance.eventLoopUtilization(elu0).active;
  const workerHeapPeaks = (await analyzer.heapPeaks?.()) ?? [];
  await ingester.close();
  await analyzer.close();
  const stored = await countArticles(db);
  // Fold the WAL back in so the file size is the store's size.
  await db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
  const size = statSync(dbPath).size + (existsSync(`${dbPath}-wal`) ? statSync(`${dbPath}-wal`).size : 0);
  const rss = process.resourceUsage().maxRSS / 1024;
  console.log(`sqlite ingest        ${(N / secs).toFixed(0).padStart(6)} articles/s  ${(textBytes / 1048576 / secs).toFixed(2)} MB/s  `
    + `${(cpuMs / N).toFixed(2)} CPU-ms/article (${(N / (cpuMs / 1000)).toFixed(0)} articles/CPU-s)  peak RSS ${rss.toFixed(0)} MB  `
    + `(${s.new} new, ${s.failed} failed, ${stored} stored, ${secs.toFixed(1)} s)`);
  console.log(`sqlite V8 heap peak  main thread ${(mainHeapPeak / 1048576).toFixed(0)} MB, `
    + `analysis thread(s) ${workerHeapPeaks.map((b) => (b / 1048576).toFixed(0)).join(' + ') || '-'} MB (used, sampled per article / per batch; garbage counts until collected)`);
  if (th0 && th1) {
    const all = cpuSplit(th0, th1, threads);
    console.log(`sqlite CPU split      main thread ${(all.main / N).toFixed(2)} CPU-ms/article, `
      + `analysis workers and other threads ${((all.workers + all.helpers) / N).toFixed(2)} CPU-ms/article (per-thread CPU from /proc)`);
    console.log(`sqlite CPU threads   analysis thread(s) ${(all.workers / N).toFixed(2)}, V8 helpers and libuv ${(all.helpers / N).toFixed(2)} CPU-ms/article`);
    if (thThird && N - doneThird > 0) {
      const rest = cpuSplit(thThird, th1, threads);
      const n = N - doneThird;
      console.log(`sqlite CPU steady    last ${n} articles: main thread ${(rest.main / n).toFixed(2)}, analysis thread(s) ${(rest.workers / n).toFixed(2)}, `
        + `V8 helpers and libuv ${(rest.helpers / n).toFixed(2)} CPU-ms/article`);
      if (thFirst) {
        // Start-up: CPU of the other threads until the first article was done. Warm-up: what the
        // first third cost beyond the steady rate of the rest (compiling hot code, lazily built tables).
        const start = cpuSplit(th0, thFirst, threads);
        const first = cpuSplit(th0, thThird, threads);
        const startMs = start.workers + start.helpers;
        const warmMs = first.workers + first.helpers - startMs - doneThird * ((rest.workers + rest.helpers) / n);
        console.log(`sqlite CPU start-up  other threads ${(startMs / 1000).toFixed(1)} CPU-s until the first article was stored, `
          + `then ${(warmMs / 1000).toFixed(1)} CPU-s of warm-up over the first ${doneThird} articles (beyond the steady rate): `
          + `${((startMs + warmMs) / N).toFixed(2)} CPU-ms/article of the run's ${((all.workers + all.helpers) / N).toFixed(2)}`);
      }
    }
  } else {
    console.log(`sqlite CPU split      main thread ~${(mainMs / N).toFixed(2)} ms/article (event-loop active, wall), `
      + `analysis workers and other threads ~${(Math.max(0, cpuMs - mainMs) / N).toFixed(2)} CPU-ms/article (process CPU minus main)`);
  }
  console.log(`sqlite store size    ${(size / 1048576).toFixed(1)} MB, ${(size / stored / 1024).toFixed(1)} KB/article`);

  // ---- search latency on that store ----
  const words = ['Clinton', 'Trump', 'email', 'Syria refugees', 'immigration', 'debate', 'Supreme Court', 'Obama', '"health care"',
    'convention', 'police', 'Russia', 'tax', 'economy', 'Iran deal', 'terror', 'primary', 'Sanders', 'campaign', 'polls'];
  const queries: Array<Parameters<typeof searchArticles>[1]> = [];
  for (const w of words) {
    queries.push({ q: w }, { q: w, since: '2016-03-01', until: '2016-09-30' }, { q: w, publisher: 'nyt' });
  }
  const actors = (await db.all<{ actor_key: string }>("SELECT actor_key FROM article_entities WHERE type = 'PERSON' GROUP BY actor_key ORDER BY COUNT(*) DESC LIMIT 10")).map((r) => r.actor_key);
  for (const a of actors) queries.push({ actor: a }, { q: 'said', actor: a });
  queries.push({ country: 'USA' }, { q: 'war', country: 'SYR' }, { type: 'ACCUSE' }, { q: 'attack', type: 'ASSAULT' });
  for (const q of queries.slice(0, 10)) await searchArticles(db, q);
  const times: number[] = [];
  const slowest = new Map<string, number>();
  for (let round = 0; round < 3; round++) {
    for (const q of queries) {
      const t = performance.now();
      await searchArticles(db, q);
      const ms = performance.now() - t;
      times.push(ms);
      const key = JSON.stringify(q);
      slowest.set(key, Math.max(slowest.get(key) ?? 0, ms));
    }
  }
  console.log(`sqlite search        p50 ${pct(times, 50).toFixed(1)} ms  p95 ${pct(times, 95).toFixed(1)} ms  max ${Math.max(...times).toFixed(1)} ms  `
    + `(${times.length} searches with facets over ${stored} articles)`);
  console.log(`sqlite search        slowest: ${[...slowest].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([q, ms]) => `${q} ${ms.toFixed(0)} ms`).join(', ')}`);
  await db.close();
  if (process.env.SITREP_BENCH_KEEP) copyFileSync(dbPath, process.env.SITREP_BENCH_KEEP);

  // ---- PostgreSQL through the queue ----
  if (!PG_URL) {
    console.log('postgres             skipped: set SITREP_TEST_PG_URL (scripts/setup-postgres.sh) to measure queue ingest with 1 and 2 workers');
  } else {
    const pgFile = join(dir, 'pg.jsonl');
    corpus(PG_N, pgFile);
    for (const workers of [1, 2]) {
      const { url, drop } = await freshPgSchema();
      try {
        const pdb = await openDb({ db: url });
        const boss = await startBoss(url);
        await boss.purgeQueue(INGEST_QUEUE);
        await enqueue(boss, expandInputs([pgFile]));
        await boss.stop({ graceful: false, wait: true });
        const server = await pgServerPid(pdb);
        // Each worker gets cores / workers analysis threads, so both runs use the same machine.
        const per = Math.max(1, Math.floor(threads / workers));
        const children0 = childrenCpu();
        const server0 = server ? pgServerCpu(server) : null;
        const t = performance.now();
        // The store's article count over time: the steady rate leaves out start-up (loading the
        // analysers) and the idle wait before --exit-when-idle exits.
        const progress: Array<[number, number]> = [];
        const pids: number[] = [];
        // Worker CPU when the first article is stored: what start-up (loading the analysers) cost.
        let startupMs: number | null = null;
        let watching = true;
        const watcher = (async () => {
          while (watching) {
            const n = await countArticles(pdb);
            if (n > 0 && startupMs === null) startupMs = pids.reduce((sum, pid) => sum + procCpu(pid, false), 0);
            progress.push([performance.now(), n]);
            await new Promise((r) => setTimeout(r, 250));
          }
        })();
        const procs = Array.from({ length: workers }, () => new Promise<number>((resolve) => {
          const p = spawn(process.execPath, [join(ROOT, 'bin', 'sitrep'), 'worker', '--db', url, '--exit-when-idle', '--no-feeds', '--threads', String(per), '-q'],
            { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
          pids.push(p.pid!);
          p.on('close', (code) => resolve(code ?? -1));
        }));
        const codes = await Promise.all(procs);
        const psecs = (performance.now() - t) / 1000;
        watching = false;
        await watcher;
        // Worker processes are this process's children, reaped on exit, so their CPU (all threads)
        // is in this process's cutime/cstime.
        const workerMs = childrenCpu() - children0;
        const serverMs = server && server0 !== null ? pgServerCpu(server) - server0 : null;
        const got = await countArticles(pdb);
        await pdb.close();
        const first = progress.find(([, n]) => n > 0);
        const steadyMs = startupMs !== null && first && got > first[1] ? (workerMs - startupMs) / (got - first[1]) : NaN;
        const last = progress.find(([, n]) => n >= got);
        const steady = first && last && last[0] > first[0] ? (last[1] - first[1]) / ((last[0] - first[0]) / 1000) : NaN;
        console.log(`postgres ${workers} worker${workers > 1 ? 's' : ' '}   ${(got / psecs).toFixed(0).padStart(6)} articles/s  (${got}/${PG_N} stored in ${psecs.toFixed(1)} s incl. worker start-up and idle exit; `
          + `${steady.toFixed(0)} articles/s from first to last article; ${per} thread(s) each, exit codes ${codes.join(',')})`);
        console.log(`postgres ${workers} worker${workers > 1 ? 's' : ' '}   CPU: workers ${(workerMs / got).toFixed(2)} CPU-ms/article (all threads, incl. start-up; `
          + `${steadyMs.toFixed(2)} after the first article is stored)`
          + (serverMs !== null ? `, PostgreSQL server ${(serverMs / got).toFixed(2)} CPU-ms/article (all its processes; others' use of the server counts too)` : ''));
      } finally {
        await drop();
      }
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

/** utime + stime + cutime + cstime of a /proc stat line, in ms (clock ticks of 10 ms). */
function procCpu(pid: number | string, withChildren: boolean): number {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return 0;
  }
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(f[11]) + Number(f[12]) + (withChildren ? Number(f[13]) + Number(f[14]) : 0)) * 10;
}

/** CPU of this process's reaped children (the worker processes), in ms. */
function childrenCpu(): number {
  return procCpu('self', true) - procCpu('self', false);
}

/** The PostgreSQL server's main process (the parent of our backend), when it runs on this machine. */
async function pgServerPid(db: Awaited<ReturnType<typeof openDb>>): Promise<number | null> {
  const row = await db.get<{ pid: number }>('SELECT pg_backend_pid() AS pid');
  if (!row || !existsSync(`/proc/${row.pid}/stat`)) return null;
  const stat = readFileSync(`/proc/${row.pid}/stat`, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
}

/** CPU of the server: the postmaster, its live processes, and the backends it has reaped. */
function pgServerCpu(postmaster: number): number {
  let ms = procCpu(postmaster, true);
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue;
    }
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(f[1]) === postmaster) ms += (Number(f[11]) + Number(f[12])) * 10;
  }
  return ms;
}
