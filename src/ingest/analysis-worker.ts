// Runs analyzeInputs() for the pool in pool.ts: messages in, analyses (or one-line errors) out,
// each with the corpus hook's CPU-bound preparation (src/corpus/prepare.ts). Messages that arrived
// while the worker was busy are analysed together, stage by stage: the pool keeps 32 in flight,
// and a stage's code stays in the CPU's caches from one article to the next (see analyzeArticles).
import { parentPort } from 'node:worker_threads';
import { getHeapStatistics } from 'node:v8';
import { analyzeInputs, type AnalyzeInput } from './work.ts';
import { asError, oneLine } from '../model/errors.ts';
import type { Analysis } from '../model/analysis.ts';
import { prepareCorpus } from '../corpus/prepare.ts';
import { sendable } from '../store/stored-json.ts';

interface Request { id: number; input: AnalyzeInput }
/** The pool asks for the most V8 heap this thread has used (see Analyzer.heapPeaks). */
interface HeapRequest { heap: true }

/** Enough to keep the caches warm; more only delays the first result of a batch. */
const MAX_BATCH = 8;
const queue: Request[] = [];
let scheduled = false;
/**
 * The most V8 heap in use after a batch, in bytes: what the batch's analyses left for the garbage
 * collector is still counted there, so this follows the heap's saw-tooth near its tops (one
 * getHeapStatistics call per batch, a few microseconds).
 */
let heapPeak = 0;

parentPort!.on('message', (msg: Request | HeapRequest) => {
  if ('heap' in msg) {
    heapPeak = Math.max(heapPeak, getHeapStatistics().used_heap_size);
    parentPort!.postMessage({ heapPeak });
    return;
  }
  queue.push(msg);
  // After the messages already waiting have all arrived: they come in one turn of the event loop.
  if (!scheduled) { scheduled = true; setImmediate(drain); }
});

async function drain(): Promise<void> {
  const batch = queue.splice(0, MAX_BATCH);
  let results: Array<Analysis | Error>;
  try {
    results = await analyzeInputs(batch.map((r) => r.input));
  } catch (e) {
    results = batch.map(() => asError(e));
  }
  heapPeak = Math.max(heapPeak, getHeapStatistics().used_heap_size);
  batch.forEach((r, i) => reply(r.id, results[i]));
  if (queue.length) setImmediate(drain);
  else scheduled = false;
}

function reply(id: number, a: Analysis | Error): void {
  if (a instanceof Error) return parentPort!.postMessage({ id, error: oneLine(a) });
  try {
    // What the corpus hook computes from the analysis alone is done here, off the writer's thread.
    parentPort!.postMessage({ id, analysis: sendable(a), corpus: prepareCorpus(a) });
  } catch (e) {
    parentPort!.postMessage({ id, error: oneLine(e) });
  }
}
