// The quotes of a small fixture, as the pipeline finds them: shared by the quote tests.
import assert from 'node:assert/strict';
import { articleFromText } from '../../src/extract/given.ts';
import { analyzeArticle } from '../../src/nlp/pipeline.ts';
import type { Quote } from '../../src/model/analysis.ts';

export function quotes(text: string): Quote[] {
  return analyzeArticle(articleFromText(text, { language: 'en' })).quotes;
}

/** The first quote whose words include `words`; fails the test when there is none. */
export function reportOf(text: string, words: string): Quote {
  const qs = quotes(text);
  const q = qs.find((x) => x.text.includes(words));
  assert.ok(q, `no quote containing "${words}" in ${JSON.stringify(qs.map((x) => x.text))}`);
  return q;
}

/** Where the quote's speaker is named, as text. */
export function mentionText(text: string, q: Quote): string | null {
  return q.speaker?.mention ? text.slice(q.speaker.mention.start, q.speaker.mention.end) : null;
}
