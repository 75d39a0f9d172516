// The working document every analysis component reads and adds to, in pipeline order
// (spaCy's Doc in spirit): tokens and sentences first, then entities, quotes, events.
import type { Article } from '../model/article.ts';
import type { Entity, Event, Quote } from '../model/analysis.ts';

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Universal POS tag from wink-nlp: PROPN, NOUN, VERB, PUNCT ... */
  pos: string;
  /** Index of the sentence holding the token. */
  sentence: number;
}

export interface Sentence {
  start: number;
  end: number;
  /** Token index range [first, last) of this sentence. */
  first: number;
  last: number;
  /** Index into article.paragraphs. */
  paragraph: number;
}

export interface Doc {
  article: Article;
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  /** Date relative expressions resolve against (YYYY-MM-DD), or null. */
  anchorDate: string | null;
  entities: Entity[];
  /** The state the story is about (ISO alpha-3), set by the entities stage: its dateline's, when no other is named more; else null. */
  home: string | null;
  quotes: Quote[];
  events: Event[];
}

/**
 * A token with another tag. Built field by field in the order tokenize() builds tokens, not by
 * spreading: an object from `{ ...t }` gets another hidden class in V8 than the literal, and every
 * function that reads tokens then meets two shapes, and each rule that retags a word the first time
 * threw the optimised code of the functions after it away (unseen text ran ~2x slower than seen).
 */
export function retagToken(t: Token, pos: string): Token {
  return { start: t.start, end: t.end, text: t.text, pos, sentence: t.sentence };
}

/** The doc with other tokens (a retagged copy), of the same shape as createDoc's (see retagToken). */
export function withTokens(doc: Doc, tokens: Token[]): Doc {
  return {
    article: doc.article,
    text: doc.text,
    tokens,
    sentences: doc.sentences,
    anchorDate: doc.anchorDate,
    entities: doc.entities,
    home: doc.home,
    quotes: doc.quotes,
    events: doc.events,
  };
}

/** A stage of the pipeline: reads what earlier stages left on the doc and adds its own part. */
export interface Component {
  name: string;
  run(doc: Doc): void;
}
