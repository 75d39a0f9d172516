// Runs analyzeInput() for the pool in pool.ts: messages in, analyses (or one-line errors) out.
import { parentPort } from 'node:worker_threads';
import { analyzeInput, type AnalyzeInput } from './work.ts';
import { oneLine } from '../model/errors.ts';

parentPort!.on('message', async (msg: { id: number; input: AnalyzeInput }) => {
  try {
    parentPort!.postMessage({ id: msg.id, analysis: await analyzeInput(msg.input) });
  } catch (e) {
    parentPort!.postMessage({ id: msg.id, error: oneLine(e) });
  }
});
