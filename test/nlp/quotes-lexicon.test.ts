// The cue lexicon and the quotation-mark reader, on their own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CUE_FORMS, inflect, SPEECH_VERBS } from '../../src/nlp/quotes/lexicon.ts';
import { findSegments } from '../../src/nlp/quotes/marks.ts';
import { articleFromText, paragraphsOf } from '../../src/extract/given.ts';
import { analyzeArticle } from '../../src/nlp/pipeline.ts';

test('inflect: regular, -e, -y, doubling and irregular verbs', () => {
  assert.deepEqual(inflect('note'), ['note', 'notes', 'noted', 'noting']);
  assert.deepEqual(inflect('deny'), ['deny', 'denies', 'denied', 'denying']);
  assert.deepEqual(inflect('warn'), ['warn', 'warns', 'warned', 'warning']);
  assert.deepEqual(inflect('vow'), ['vow', 'vows', 'vowed', 'vowing']);
  assert.deepEqual(inflect('insist'), ['insist', 'insists', 'insisted', 'insisting']);
  assert.ok(inflect('say').includes('said'));
  assert.ok(inflect('tell').includes('told'));
});

test('every cue the brief names is in the lexicon', () => {
  for (const w of ['said', 'told', 'warned', 'noted', 'argued', 'suggested', 'insisted', 'denied', 'reported', 'says', 'adding']) {
    assert.ok(CUE_FORMS.get(w)?.some((c) => c.kind === 'speech'), w);
  }
  assert.ok(SPEECH_VERBS.length > 50);
  assert.equal(CUE_FORMS.get('table'), undefined);
});

function segs(text: string): string[] {
  return findSegments(text, paragraphsOf(text)).map((s) => text.slice(s.start, s.end));
}

test('quotation marks: curly, straight, doubled apostrophes', () => {
  assert.deepEqual(segs('“Yes,” she said. "No," he said.'), ['Yes,', 'No,']);
  assert.deepEqual(segs("''Maybe,'' he said."), ['Maybe,']);
});

test('apostrophes are not quotation marks', () => {
  assert.deepEqual(segs('The leaders’ plan didn’t work, and “nobody’s happy,” he said.'), ['nobody’s happy,']);
});

test('nested single marks stay inside; single curly marks quote on their own', () => {
  assert.deepEqual(segs('“She said ‘go’ and left,” he said.'), ['She said ‘go’ and left,']);
  assert.deepEqual(segs('‘It is done,’ the captain said.'), ['It is done,']);
});

test('an unclosed quote runs on when the next paragraph opens again, and stops otherwise', () => {
  const text = '“One paragraph.\n\n“Two paragraphs.”\n\n“Left open.\n\nNot a quote.';
  const found = segs(text);
  assert.deepEqual(found, ['One paragraph.\n\n“Two paragraphs.', 'Left open.']);
});

test('a cue in -ing after "most", "very" and before its noun is an adjective: "the most telling contradiction"', () => {
  const text = 'Perhaps the most telling contradiction was the mayor’s claim that the mill had closed.';
  const qs = analyzeArticle(articleFromText(text, { language: 'en' })).quotes;
  assert.ok(!qs.some((q) => q.cue === 'telling'), JSON.stringify(qs.map((q) => [q.cue, q.text])));
});

test('saying that tells no words said is no report: "said his piece", "said goodbye", "said a prayer", "said nothing about"', () => {
  for (const text of ['Once he has said his piece, he is ready to move on.', 'He said goodbye to his staff, and he left the building.',
    'She said a prayer, then she walked to the podium.', 'Mr. Reyes said nothing about the plan.', 'The defendant said little, offering only short answers.']) {
    const qs = analyzeArticle(articleFromText(text, { language: 'en' })).quotes;
    assert.ok(!qs.some((q) => q.cue === 'said'), `${text}: ${JSON.stringify(qs.map((q) => [q.cue, q.text]))}`);
  }
  // A clause after "nothing" is a report.
  const q = analyzeArticle(articleFromText('He said nothing would change.', { language: 'en' })).quotes;
  assert.deepEqual(q.map((x) => x.text), ['nothing would change']);
});
