import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleFromText } from '../../src/extract/given.ts';
import { analyzeArticle, analyzeArticles, defaultComponents } from '../../src/nlp/pipeline.ts';
import type { Component } from '../../src/nlp/doc.ts';

// Our own texts: people, places, a quote and an event, one of them in French.
const TEXTS = [
  'SEOUL, South Korea — North Korean leader Kim Jong-un met Russian President Vladimir Putin on Wednesday. "We will win," Mr. Putin said.',
  'The mayor of Springfield, Ana Lopez, said on Tuesday that the city would sue the state over the new water rules.',
  'Le président a rencontré le premier ministre mardi à Paris.',
];
const articles = TEXTS.map((t, i) => articleFromText(t, { published: '2023-09-11', language: i === 2 ? 'fr' : 'en' }));

test('analyzeArticles gives analyzeArticle\'s result for each article, in order', () => {
  const one = articles.map((a) => analyzeArticle(a));
  const batch = analyzeArticles(articles.map((article) => ({ article })));
  assert.deepEqual(batch, one);
  assert.ok(one[0].entities.length > 0 && one[0].quotes.length > 0);
  assert.equal(one[2].entities.length, 0);
});

test('an article whose analysis throws gets its error; the others are analysed', () => {
  const failing: Component = {
    name: 'fails on the mayor',
    run(doc) { if (doc.text.includes('mayor')) throw new Error('boom'); },
  };
  const stages = [defaultComponents[0], failing, ...defaultComponents.slice(1)];
  const out = analyzeArticles(articles.map((article) => ({ article })), stages);
  assert.ok(out[1] instanceof Error && out[1].message === 'boom');
  assert.deepEqual(out[0], analyzeArticle(articles[0]));
  assert.deepEqual(out[2], analyzeArticle(articles[2]));
});
