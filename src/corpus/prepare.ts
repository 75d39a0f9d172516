// The pure, CPU-bound part of connecting an article (its MinHash fingerprint and story features),
// which an analysis worker computes beside the analysis so that the store's single writer thread
// only runs SQL. connectArticle uses what was prepared for the very analysis object it is given,
// and computes it itself otherwise (eval, tests, ingest without worker threads).
import type { Analysis } from '../model/analysis.ts';
import { fingerprint, type Fingerprint } from './dedupe.ts';
import { articleTerms } from './stories.ts';
import { articleBody } from './features.ts';

export interface CorpusPrep {
  fingerprint: Fingerprint;
  /** The article's heaviest story features with their counts. */
  terms: Array<[string, number]>;
  /** Every content word of the text with its count. */
  body: Array<[string, number]>;
}

export function prepareCorpus(analysis: Analysis): CorpusPrep {
  return { fingerprint: fingerprint(analysis.text), terms: [...articleTerms(analysis)], body: [...articleBody(analysis)] };
}

const prepared = new WeakMap<Analysis, CorpusPrep>();

/** Records what a worker prepared for this analysis object (as received on the writer's thread). */
export function rememberPrep(analysis: Analysis, prep: CorpusPrep): void {
  prepared.set(analysis, prep);
}

export function prepFor(analysis: Analysis): CorpusPrep {
  return prepared.get(analysis) ?? prepareCorpus(analysis);
}
