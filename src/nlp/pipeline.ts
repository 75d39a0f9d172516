// Article -> Analysis. A pure function of (article, knowledge base, options): the same input
// gives byte-identical JSON. Components run in order and each adds its part to the Doc.
import { setFlagsFromString } from 'node:v8';
import type { Article } from '../model/article.ts';
import { SCHEMA_VERSION, type Analysis } from '../model/analysis.ts';
import { asError } from '../model/errors.ts';
import type { Component, Doc } from './doc.ts';
import { tokenize } from './tokens.ts';
import { quotesComponent } from './quotes/index.ts';
import { entitiesComponent } from './entities/index.ts';
import { eventsComponent } from './events/index.ts';

/**
 * V8 moves objects made at a site that mostly outlive a young-generation collection straight into
 * the old generation (allocation-site pretenuring). The analysis's tokens, wink's arrays and the
 * stages' working objects live for one batch of articles (analyzeArticles) and then all die, so
 * they get pretenured and fill the old generation with garbage that only a full mark-compact
 * reclaims (its incremental steps run in the allocating code: the tokens stage pays most). Without
 * it they die young. The flag is the process's and read while the heap runs: set here, it holds for
 * the worker threads that import this module too.
 */
setFlagsFromString('--no-allocation-site-pretenuring');

export interface AnalyzeOptions {
  /** Overrides the article's own date as the anchor for "Tuesday", "in July" ... */
  published?: string | null;
}

/** English-only stages, in the order they run: entities, then quotes (speakers are entities), then events. */
export const defaultComponents: Component[] = [entitiesComponent, quotesComponent, eventsComponent];

export function createDoc(article: Article, options: AnalyzeOptions = {}): Doc {
  const { tokens, sentences } = tokenize(article.text, article.paragraphs);
  const anchor = options.published ?? article.meta.published;
  return {
    article,
    text: article.text,
    tokens,
    sentences,
    anchorDate: anchor ? anchor.slice(0, 10) : null,
    entities: [],
    home: null,
    quotes: [],
    events: [],
  };
}

export function isEnglish(article: Article): boolean {
  return article.meta.language === null || article.meta.language === 'en';
}

export function analyzeArticle(article: Article, options: AnalyzeOptions = {}, stages: Component[] = defaultComponents): Analysis {
  // Our rules and lexicons are English; other languages keep their article part only.
  if (!isEnglish(article)) return analysisOf(article, null);
  const doc = createDoc(article, options);
  for (const c of stages) c.run(doc);
  return analysisOf(article, doc);
}

/**
 * analyzeArticle for several articles, stage by stage rather than article by article: each stage's
 * code and tables are still in the CPU's caches for the next article (chrono's date parsing alone
 * costs ~3x per call when other stages ran in between). The results are analyzeArticle's, in order
 * (an article's analysis does not depend on the others: see tokens.ts). An article whose analysis
 * throws gets its Error, and the others are unaffected.
 */
export function analyzeArticles(items: Array<{ article: Article; options?: AnalyzeOptions }>, stages: Component[] = defaultComponents): Array<Analysis | Error> {
  const docs = items.map(({ article, options }): Doc | Error | null => {
    if (!isEnglish(article)) return null;
    try {
      return createDoc(article, options);
    } catch (e) {
      return asError(e);
    }
  });
  for (const c of stages) {
    for (let i = 0; i < docs.length; i++) {
      const doc = docs[i];
      if (!doc || doc instanceof Error) continue;
      try {
        c.run(doc);
      } catch (e) {
        docs[i] = asError(e);
      }
    }
  }
  return docs.map((doc, i) => (doc instanceof Error ? doc : analysisOf(items[i].article, doc)));
}

/** The article's part of the analysis, with the stages' results from `doc` (none when null). */
function analysisOf(article: Article, doc: Doc | null): Analysis {
  return {
    schemaVersion: SCHEMA_VERSION,
    id: article.id,
    source: article.source,
    meta: article.meta,
    text: article.text,
    paragraphs: article.paragraphs,
    entities: doc ? doc.entities : [],
    quotes: doc ? doc.quotes : [],
    events: doc ? doc.events : [],
  };
}
