// Article -> Analysis. A pure function of (article, knowledge base, options): the same input
// gives byte-identical JSON. Components run in order and each adds its part to the Doc.
import type { Article } from '../model/article.ts';
import { SCHEMA_VERSION, type Analysis } from '../model/analysis.ts';
import type { Component, Doc } from './doc.ts';
import { tokenize } from './tokens.ts';
import { quotesComponent } from './quotes/index.ts';
import { entitiesComponent } from './entities/index.ts';
import { eventsComponent } from './events/index.ts';

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
    quotes: [],
    events: [],
  };
}

export function isEnglish(article: Article): boolean {
  return article.meta.language === null || article.meta.language === 'en';
}

export function analyzeArticle(article: Article, options: AnalyzeOptions = {}, stages: Component[] = defaultComponents): Analysis {
  const base = {
    schemaVersion: SCHEMA_VERSION,
    id: article.id,
    source: article.source,
    meta: article.meta,
    text: article.text,
    paragraphs: article.paragraphs,
  };
  // Our rules and lexicons are English; other languages keep their article part only.
  if (!isEnglish(article)) return { ...base, entities: [], quotes: [], events: [] };
  const doc = createDoc(article, options);
  for (const c of stages) c.run(doc);
  return { ...base, entities: doc.entities, quotes: doc.quotes, events: doc.events };
}
