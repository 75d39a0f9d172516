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
  quotes: Quote[];
  events: Event[];
}

/** A stage of the pipeline: reads what earlier stages left on the doc and adds its own part. */
export interface Component {
  name: string;
  run(doc: Doc): void;
}
