// Analysis on worker threads: the store writes on the main thread while the CPU-bound
// extraction and NLP run beside it. With threads = 0 everything runs inline.
import { Worker } from 'node:worker_threads';
import { cpus } from 'node:os';
import type { Analysis } from '../model/analysis.ts';
import { analyzeInput, type AnalyzeInput } from './work.ts';
import { rememberPrep, type CorpusPrep } from '../corpus/prepare.ts';
import { received, type SentAnalysis } from '../store/stored-json.ts';

interface Pending { resolve: (a: Analysis) => void; reject: (e: Error) => void }

export interface Analyzer {
  analyze(input: AnalyzeInput): Promise<Analysis>;
  /** How many analyses may usefully be in flight. */
  readonly capacity: number;
  /**
   * The most V8 heap each analysis thread has used so far, in bytes, sampled after each batch
   * (the ingest bench reports it beside the process's peak RSS). Analysers without threads have none.
   */
  heapPeaks?(): Promise<number[]>;
  close(): Promise<void>;
}

/** Workers for a machine: all cores but the one the main thread (store, I/O) uses, at least one. */
export function defaultThreads(): number {
  const env = Number(process.env.SITREP_THREADS);
  if (Number.isInteger(env) && env >= 0) return env;
  return Math.max(1, cpus().length - 1);
}

export function createAnalyzer(threads = defaultThreads()): Analyzer {
  if (threads <= 0) return { analyze: analyzeInput, capacity: 1, close: async () => undefined };
  return new WorkerPool(threads);
}

class WorkerPool implements Analyzer {
  readonly capacity: number;
  private readonly workers: Array<{ w: Worker; busy: number }> = [];
  private readonly pending = new Map<number, Pending & { worker: number }>();
  private next = 0;
  private failed: Error | null = null;
  /** Answers to heapPeaks(), one queue per worker (each answers in the order asked). */
  private readonly heapWaiters: Array<Array<(bytes: number) => void>> = [];

  constructor(threads: number) {
    // Enough queued per worker to keep it busy while the main thread commits a group of articles
    // (SQLite's groups are 128 articles at ~2.5 ms each, during which it sends no new work): with two
    // in flight the worker sat idle a quarter of the time (ingest 67 -> 77 articles/s at 2,000); with
    // 32 it was busy 76-77% of a 10k ingest, with 96 86-87% (132 -> 139 articles/s, median of 3
    // alternated pairs, 2026-11-30 18:44-18:52; peak RSS no higher).
    this.capacity = threads * 96;
    for (let i = 0; i < threads; i++) {
      // (From the sources the entry registers tsx first; a build (`npm run build`) has a compiled one.)
      const w = new Worker(new URL(import.meta.url.endsWith('.ts') ? './analysis-worker.mjs' : './analysis-worker.js', import.meta.url));
      w.unref();
      this.heapWaiters.push([]);
      w.on('message', (m: { id: number; analysis?: SentAnalysis; corpus?: CorpusPrep; error?: string; heapPeak?: number }) => {
        if (m.heapPeak !== undefined) {
          const waiting = this.heapWaiters[i];
          if (waiting.length === 1) w.unref();
          return waiting.shift()?.(m.heapPeak);
        }
        const p = this.pending.get(m.id);
        if (!p) return;
        this.pending.delete(m.id);
        this.workers[p.worker].busy--;
        if (m.error !== undefined) return p.reject(new Error(m.error));
        const analysis = received(m.analysis!);
        if (m.corpus) rememberPrep(analysis, m.corpus);
        p.resolve(analysis);
      });
      w.on('error', (e) => this.fail(e));
      w.on('exit', (code) => { if (code !== 0) this.fail(new Error(`analysis worker exited with code ${code}`)); });
      this.workers.push({ w, busy: 0 });
    }
  }

  private fail(e: Error): void {
    this.failed ??= e;
    for (const waiting of this.heapWaiters) for (const resolve of waiting.splice(0)) resolve(0);
    for (const [id, p] of this.pending) {
      this.pending.delete(id);
      p.reject(e);
    }
  }

  analyze(input: AnalyzeInput): Promise<Analysis> {
    if (this.failed) return Promise.reject(this.failed);
    const id = this.next++;
    let best = 0;
    for (let i = 1; i < this.workers.length; i++) if (this.workers[i].busy < this.workers[best].busy) best = i;
    this.workers[best].busy++;
    return new Promise<Analysis>((resolve, reject) => {
      this.pending.set(id, { resolve, reject, worker: best });
      this.workers[best].w.postMessage({ id, input });
    });
  }

  heapPeaks(): Promise<number[]> {
    return Promise.all(this.workers.map(({ w }, i) => new Promise<number>((resolve) => {
      // The answer keeps the process alive until it comes (the workers are unref'd otherwise).
      w.ref();
      this.heapWaiters[i].push(resolve);
      w.postMessage({ heap: true });
    })));
  }

  async close(): Promise<void> {
    for (const waiting of this.heapWaiters) for (const resolve of waiting.splice(0)) resolve(0);
    await Promise.all(this.workers.map((x) => x.w.terminate()));
  }
}
