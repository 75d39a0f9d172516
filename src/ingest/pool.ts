// Analysis on worker threads: the store writes on the main thread while the CPU-bound
// extraction and NLP run beside it. With threads = 0 everything runs inline.
import { Worker } from 'node:worker_threads';
import { cpus } from 'node:os';
import type { Analysis } from '../model/analysis.ts';
import { analyzeInput, type AnalyzeInput } from './work.ts';
import { rememberPrep, type CorpusPrep } from '../corpus/prepare.ts';

interface Pending { resolve: (a: Analysis) => void; reject: (e: Error) => void }

export interface Analyzer {
  analyze(input: AnalyzeInput): Promise<Analysis>;
  /** How many analyses may usefully be in flight. */
  readonly capacity: number;
  /** Analyses done so far by the worker threads and by the calling thread itself. */
  readonly done?: { workers: number; main: number };
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

/** Analyses a worker holds at once: enough to keep it busy while the main thread commits a group. */
const PER_WORKER = 32;
/**
 * Analyses queued on the main thread beyond what the workers hold. The main thread (the store's
 * writer) is idle between commits; it analyses these itself when it has nothing else to do, and a
 * worker takes them back whenever it has room, so the two share the work by who is free.
 */
const MAIN_SHARE = 8;

interface Queued extends Pending { input: AnalyzeInput }

class WorkerPool implements Analyzer {
  readonly capacity: number;
  private readonly workers: Array<{ w: Worker; busy: number }> = [];
  private readonly pending = new Map<number, Pending & { worker: number }>();
  private readonly local: Queued[] = [];
  private localRunning = false;
  readonly done = { workers: 0, main: 0 };
  private next = 0;
  private failed: Error | null = null;

  constructor(threads: number) {
    // Enough queued per worker to keep it busy while the main thread commits a group of articles
    // (up to 64 at ~5 ms each, during which it sends no new work): with two in flight, as before,
    // the worker sat idle a quarter of the time (ingest 67 -> 77 articles/s at 2,000).
    this.capacity = threads * PER_WORKER + MAIN_SHARE;
    for (let i = 0; i < threads; i++) {
      const w = new Worker(new URL('./analysis-worker.mjs', import.meta.url));
      w.unref();
      w.on('message', (m: { id: number; analysis?: Analysis; corpus?: CorpusPrep; error?: string }) => {
        const p = this.pending.get(m.id);
        if (!p) return;
        this.pending.delete(m.id);
        this.workers[p.worker].busy--;
        this.done.workers++;
        // The worker has room again: it takes back what waits on the main thread.
        const queued = this.local.shift();
        if (queued) this.send(queued);
        if (m.error !== undefined) return p.reject(new Error(m.error));
        if (m.corpus) rememberPrep(m.analysis!, m.corpus);
        p.resolve(m.analysis!);
      });
      w.on('error', (e) => this.fail(e));
      w.on('exit', (code) => { if (code !== 0) this.fail(new Error(`analysis worker exited with code ${code}`)); });
      this.workers.push({ w, busy: 0 });
    }
  }

  private fail(e: Error): void {
    this.failed ??= e;
    for (const [id, p] of this.pending) {
      this.pending.delete(id);
      p.reject(e);
    }
  }

  analyze(input: AnalyzeInput): Promise<Analysis> {
    if (this.failed) return Promise.reject(this.failed);
    return new Promise<Analysis>((resolve, reject) => {
      const q = { input, resolve, reject };
      if (this.workers.some((x) => x.busy < PER_WORKER)) return this.send(q);
      this.local.push(q);
      this.runLocalSoon();
    });
  }

  private send(q: Queued): void {
    const id = this.next++;
    let best = 0;
    for (let i = 1; i < this.workers.length; i++) if (this.workers[i].busy < this.workers[best].busy) best = i;
    this.workers[best].busy++;
    this.pending.set(id, { resolve: q.resolve, reject: q.reject, worker: best });
    this.workers[best].w.postMessage({ id, input: q.input });
  }

  /** One queued analysis on this thread per turn of the event loop, after whatever else is due. */
  private runLocalSoon(): void {
    if (this.localRunning) return;
    this.localRunning = true;
    setImmediate(() => {
      const q = this.local.shift();
      const done = () => {
        this.localRunning = false;
        if (this.local.length) this.runLocalSoon();
      };
      if (!q) return done();
      this.done.main++;
      analyzeInput(q.input).then(q.resolve, q.reject).finally(done);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((x) => x.w.terminate()));
  }
}
