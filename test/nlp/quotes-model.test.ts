// The learned candidate filter of the quote finder (src/nlp/quotes/model.ts, weights in model.json):
// it loads from the repository alone, scores by feature name, catches reports whose verb the rules'
// lexicon lacks and rejects ordinary verbs. Fixtures are written for this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleFromText } from '../../src/extract/given.ts';
import { analyzeArticle, createDoc } from '../../src/nlp/pipeline.ts';
import { entitiesComponent } from '../../src/nlp/entities/index.ts';
import { candidatesOf } from '../../src/nlp/quotes/index.ts';
import { CUE_FORMS } from '../../src/nlp/quotes/lexicon.ts';
import { featureName, featureParts, MODEL, namesOf, scoreWith, stem } from '../../src/nlp/quotes/model.ts';

function candidates(text: string) {
  const doc = createDoc(articleFromText(text, { language: 'en' }));
  entitiesComponent.run(doc);
  return candidatesOf(doc)?.found ?? [];
}
const quotes = (text: string) => analyzeArticle(articleFromText(text, { language: 'en' })).quotes;

test('the model loads from the repository: thresholds, bias, named weights, the verb stems the relaxed generator tries', () => {
  assert.ok(MODEL.threshold > 0 && MODEL.threshold < 1);
  assert.ok(MODEL.ruleThreshold >= 0 && MODEL.ruleThreshold < 1);
  assert.equal(typeof MODEL.bias, 'number');
  assert.ok(Object.keys(MODEL.weights).length > 1000);
  assert.ok(Object.values(MODEL.weights).every((w) => Number.isFinite(w)));
  assert.ok(Array.isArray(MODEL.relaxedCues) && MODEL.relaxedCues.length > 50);
  assert.ok(MODEL.relaxedCues.includes(stem('repudiated')));
});

test('scoring by hashed names gives the same probability as adding up the named weights', () => {
  const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
  const w = MODEL.weights[featureName('o|c', 'relaxed', stem('repudiated'))];
  assert.equal(typeof w, 'number');
  const p = scoreWith((emit) => emit('o|c', 'relaxed', stem('repudiated')));
  assert.ok(Math.abs(p - sigmoid(MODEL.bias + w)) < 1e-9);
  // A feature the model never saw weighs nothing.
  assert.ok(Math.abs(scoreWith((emit) => emit('c', 'no-such-verb-stem')) - sigmoid(MODEL.bias)) < 1e-9);
  assert.deepEqual(namesOf((emit) => { emit('nested'); emit('c', 'say'); emit('c|n1', 'say', 'that'); }), ['nested', 'c=say', 'c|n1=say|that']);
});

test('every weight is found again from its name split into template and values', () => {
  const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
  for (const [name, w] of Object.entries(MODEL.weights)) {
    const [t, a, b] = featureParts(name);
    assert.equal(featureName(t, a, b), name);
    assert.ok(Math.abs(scoreWith((emit) => emit(t, a, b)) - sigmoid(MODEL.bias + w)) < 1e-9, name);
  }
});

test('stems put the forms of a verb together', () => {
  assert.equal(stem('argued'), stem('arguing'));
  assert.equal(stem('argues'), stem('argued'));
  assert.equal(stem('repudiates'), stem('repudiated'));
  assert.equal(stem('said'), 'say');
});

test('a verb the rules do not know reports a position when the model says so: "Ward repudiated the plan …"', () => {
  assert.ok(!CUE_FORMS.has('repudiated'));
  const text = "Senator Ann Ward repudiated the governor's plan to close the harbor.";
  const found = candidates(text).filter((f) => f.origin === 'relaxed');
  assert.ok(found.some((f) => (f.score ?? 0) >= MODEL.threshold));
  const qs = quotes(text);
  assert.equal(qs.length, 1);
  assert.equal(qs[0].cue, 'repudiated');
  assert.equal(qs[0].text, "the governor's plan to close the harbor");
  assert.match(qs[0].speaker?.name ?? '', /Ann Ward$/);
  assert.equal(text.slice(qs[0].speaker?.mention?.start, qs[0].speaker?.mention?.end), 'Senator Ann Ward');
});

test('an ordinary verb after a person is a candidate the model rejects: "Ortiz brought two aides …"', () => {
  const text = 'Mayor Ortiz brought two aides to the meeting in Dayton.';
  const relaxed = candidates(text).filter((f) => f.origin === 'relaxed');
  assert.ok(relaxed.length >= 1, 'the relaxed generator proposes it');
  assert.ok(relaxed.every((f) => (f.score ?? 1) < MODEL.threshold));
  assert.equal(quotes(text).length, 0);
});

test('direct quotes are not scored: the rules decide them alone', () => {
  const found = candidates('“We will rebuild the pier by June,” said Ann Ward.');
  const direct = found.filter((f) => f.type === 'direct');
  assert.equal(direct.length, 1);
  assert.equal(direct[0].score, undefined);
});

test('quoted words kept inside a report are not a second, unattributed quote; attributed quotes stay', async () => {
  const { selectFound } = await import('../../src/nlp/quotes/index.ts');
  const base = { inherit: false, paragraph: 0, unitEnd: 0 };
  const report = { ...base, start: 10, end: 80, type: 'mixed' as const, frame: null, origin: 'relaxed' as const, score: 1 };
  const loose = { ...base, start: 30, end: 82, type: 'direct' as const, frame: null, inherit: true };
  const elsewhere = { ...base, start: 90, end: 140, type: 'direct' as const, frame: null, inherit: true };
  assert.deepEqual(selectFound([report, loose, elsewhere], () => true), [report, elsewhere]);
  // A quote with its own attribution is the rules' decision and is kept.
  const framed = { ...loose, inherit: false, frame: { speaker: null, cue: { first: 0, last: 1, lemma: 'say', kind: 'speech' as const }, channel: null } };
  assert.deepEqual(selectFound([report, framed], () => true), [report, framed]);
});
