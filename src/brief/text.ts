// Sentences and content words of article text, for extractive summaries and story grouping.
import { tokenize } from '../nlp/tokens.ts';
import type { BriefArticle } from './model.ts';

export interface Span {
  start: number;
  end: number;
}

const cache = new WeakMap<BriefArticle, Span[]>();

/** Sentence spans of the article (wink-nlp, never across paragraphs), trimmed of whitespace. */
export function sentencesOf(a: BriefArticle): Span[] {
  let s = cache.get(a);
  if (!s) {
    s = tokenize(a.text, a.paragraphs).sentences.map((x) => ({ start: x.start, end: x.end }));
    cache.set(a, s);
  }
  return s;
}

/** The sentence holding offset `at`, or a span of the text around it when sentences are unknown. */
export function sentenceAt(a: BriefArticle, at: number): Span | null {
  for (const s of sentencesOf(a)) if (s.start <= at && at < s.end) return s;
  return null;
}

const STOP = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between both but by
  can could did do does doing down during each few for from further had has have having he her here hers herself him himself his
  how i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours ourselves out
  over own same she should so some such than that the their theirs them themselves then there these they this those through to too
  under until up very was we were what when where which while who whom why will with would you your yours yourself yourselves
  said says say told new one two three first last year years week weeks day days time people like make made get got going went
  would could many much even still back well way according mr mrs ms dr monday tuesday wednesday thursday friday saturday sunday`.split(/\s+/),
);

/** Lower-cased content words (letters and digits, 3+ characters, no stop words). */
export function contentWords(s: string): string[] {
  const out: string[] = [];
  for (const m of s.toLowerCase().matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)) {
    const w = m[0].replace(/['’]s$/, '');
    if (w.length >= 3 && !STOP.has(w)) out.push(w);
  }
  return out;
}

export function wordCount(s: string): number {
  return (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

/** Collapses whitespace so a sentence reads on one line (offsets stay those of the article). */
export function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
