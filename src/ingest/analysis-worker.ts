// Runs analyzeInput() for the pool in pool.ts: messages in, analyses (or one-line errors) out,
// each with the corpus hook's CPU-bound preparation (src/corpus/prepare.ts).
import { parentPort } from 'node:worker_threads';
import { analyzeInput, type AnalyzeInput } from './work.ts';
import { oneLine } from '../model/errors.ts';
import { prepareCorpus } from '../corpus/prepare.ts';

parentPort!.on('message', async (msg: { id: number; input: AnalyzeInput }) => {
  try {
    const analysis = await analyzeInput(msg.input);
    // What the corpus hook computes from the analysis alone is done here, off the writer's thread.
    parentPort!.postMessage({ id: msg.id, analysis, corpus: prepareCorpus(analysis) });
  } catch (e) {
    parentPort!.postMessage({ id: msg.id, error: oneLine(e) });
  }
});
