// The ingest's writer alone: bench articles analysed once (cached), then saved into a fresh SQLite
// store through the Ingester (commit groups, corpus hook) with an analyser that hands back the cached
// analyses as the pool would (parsed from the worker's JSON on this thread), so what is measured is
// the main thread's work without the analysis thread beside it.
//   node --import tsx bench/writer.ts prepare [N]   analyse N bench articles into the cache
//   node --import tsx bench/writer.ts run [N]       save the first N cached analyses (default all)
//   SITREP_WRITER_CACHE   cache folder (default $TMPDIR/sitrep-writer-cache)
//   SITREP_BENCH_KEEP     keep the store at this path
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, copyFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { performance } from 'node:perf_hooks';
import { requireShared } from '../eval/shared.ts';
import { writeBenchCorpus } from './bench-corpus.ts';
import { openDb } from '../src/store/open.ts';
import { Ingester } from '../src/ingest/run.ts';
import { expandInputs } from '../src/ingest/items.ts';
import { createAnalyzer, type Analyzer } from '../src/ingest/pool.ts';
import { corpusHook } from '../src/ingest/corpus-hook.ts';
import { prepFor, rememberPrep, type CorpusPrep } from '../src/corpus/prepare.ts';
import { received, sendable, type SentAnalysis } from '../src/store/stored-json.ts';
import type { AnalyzeInput } from '../src/ingest/work.ts';
import type { Analysis } from '../src/model/analysis.ts';

requireShared('writer');
const CACHE = process.env.SITREP_WRITER_CACHE ?? join(tmpdir(), 'sitrep-writer-cache');
const corpusFile = join(CACHE, 'corpus.jsonl');
const cacheFile = join(CACHE, 'analyses.jsonl');
const [mode = 'run', nArg] = process.argv.slice(2);

interface Cached { sent: SentAnalysis; corpus: CorpusPrep }

async function collect<T>(it: AsyncIterable<T> | Iterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

function textOf(input: AnalyzeInput): string {
  if (input.kind !== 'text') throw new Error('bench articles are JSONL texts');
  return input.text;
}

/** CPU ms of this process's main thread (its task id is the pid), from /proc. */
function mainCpu(): number {
  const stat = readFileSync(`/proc/${process.pid}/task/${process.pid}/stat`, 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(f[11]) + Number(f[12])) * 10;
}

function processCpu(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function ioWritten(): number {
  const m = /write_bytes: (\d+)/.exec(readFileSync('/proc/self/io', 'utf8'));
  const w = /wchar: (\d+)/.exec(readFileSync('/proc/self/io', 'utf8'));
  return Number(w?.[1] ?? m?.[1] ?? 0);
}

if (mode === 'prepare') {
  const n = Number(nArg ?? 10_000);
  mkdirSync(CACHE, { recursive: true });
  writeBenchCorpus(n, corpusFile);
  const analyzer = createAnalyzer(1);
  const out: string[] = [];
  const t = performance.now();
  const items = await collect(expandInputs([corpusFile]));
  // Keep the worker busy: its capacity in flight, answers kept in input order.
  const results: Array<Promise<Analysis>> = [];
  for (const item of items) {
    if (item.kind !== 'work') throw new Error('bench articles are JSONL texts');
    results.push(analyzer.analyze(item.work.input));
    if (results.length - out.length >= analyzer.capacity) {
      const a = await results[out.length];
      out.push(JSON.stringify({ sent: sendable(a), corpus: prepFor(a) }));
    }
  }
  while (out.length < results.length) {
    const a = await results[out.length];
    out.push(JSON.stringify({ sent: sendable(a), corpus: prepFor(a) }));
  }
  await analyzer.close();
  writeFileSync(cacheFile, `${out.join('\n')}\n`);
  const others = processCpu() - mainCpu();
  console.log(`${out.length} analyses cached in ${CACHE} (${((performance.now() - t) / 1000).toFixed(0)} s; analysis and V8 helper threads ${(others / out.length).toFixed(2)} CPU-ms/article incl. start-up)`);
} else {
  if (!existsSync(cacheFile)) throw new Error(`no cache: run "node --import tsx bench/writer.ts prepare" first (${CACHE})`);
  const lines = readFileSync(cacheFile, 'utf8').split('\n').filter(Boolean);
  const n = Math.min(lines.length, Number(nArg ?? lines.length));
  const items = (await collect(expandInputs([corpusFile]))).slice(0, n);
  // The cache holds the corpus file's articles in order.
  const byText = new Map<string, string>();
  items.forEach((item, i) => { if (item.kind === 'work') byText.set(textOf(item.work.input), lines[i]); });
  // As the pool does: the worker's message is parsed here (structured clone of strings) and its
  // JSON turned into the analysis.
  const analyzer: Analyzer = {
    capacity: 32,
    analyze: async (input) => {
      const line = byText.get(textOf(input));
      if (!line) throw new Error('not in the cache');
      const m = JSON.parse(line) as Cached;
      const a = received(m.sent);
      rememberPrep(a, m.corpus);
      return a;
    },
    close: async () => undefined,
  };
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-writer-'));
  try {
    const dbPath = join(dir, 'sitrep.db');
    const db = await openDb({ db: dbPath });
    let third: [number, number, number] | null = null;
    const ingester = new Ingester({
      db, analyzer, after: await corpusHook(),
      onProgress: (p) => { if (third === null && p.done >= n / 3) third = [p.done, mainCpu(), processCpu()]; },
    });
    const m0 = mainCpu();
    const p0 = processCpu();
    const io0 = ioWritten();
    const t0 = performance.now();
    const s = await ingester.run(items);
    const secs = (performance.now() - t0) / 1000;
    const m1 = mainCpu();
    const p1 = processCpu();
    const io1 = ioWritten();
    await ingester.close();
    await db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    await db.close();
    const size = statSync(dbPath).size;
    const [d3, m3, p3] = third ?? [0, m0, p0];
    console.log(`writer ${n} articles (${s.new} new, ${s.failed} failed) in ${secs.toFixed(1)} s: main thread ${((m1 - m0) / n).toFixed(2)} CPU-ms/article, `
      + `process ${((p1 - p0) / n).toFixed(2)}; last ${n - d3}: main ${((m1 - m3) / (n - d3)).toFixed(2)}, process ${((p1 - p3) / (n - d3)).toFixed(2)}; `
      + `written ${((io1 - io0) / n / 1024).toFixed(0)} KB/article; store ${(size / n / 1024).toFixed(1)} KB/article`);
    if (process.env.SITREP_BENCH_KEEP) copyFileSync(dbPath, process.env.SITREP_BENCH_KEEP);
  } finally {
    for (const f of readdirSync(dir)) rmSync(join(dir, f), { force: true });
    rmSync(dir, { recursive: true, force: true });
  }
}
