// Tokenising does not depend on what was tokenised before: wink adds the tokens it meets to its
// lexicon and stops splitting what is in it, and src/nlp/tokens.ts makes it forget between articles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../src/nlp/tokens.ts';

const words = (text: string) => tokenize(text, []).tokens.map((t) => t.text);

test('an article\'s tokens are the same whatever was tokenised before it', () => {
  const text = 'Voters weighed Halvorsen’s plan and the Marquette’s budget.';
  const first = words(text);
  assert.deepEqual(first.slice(2, 4), ['Halvorsen', '’s']);
  // This text teaches wink "Halvorsen’s" and "Marquette’s" as whole tokens (each ends a sentence).
  words('Nobody doubted it was Halvorsen’s. It was the Marquette’s.');
  assert.deepEqual(words(text), first);
});
