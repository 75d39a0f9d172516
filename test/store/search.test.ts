// Store conformance: full-text search, filters, facets, highlights.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { backends, type Opened } from './backends.ts';
import { sampleSet } from './fixtures.ts';
import { saveAnalysis } from '../../src/store/articles.ts';
import { searchArticles, parseQuery, ftsExpression } from '../../src/store/search.ts';

test('user queries become quoted FTS terms: no query syntax gets through', () => {
  assert.equal(ftsExpression(parseQuery('dam talks')), '"dam" AND "talks"');
  assert.equal(ftsExpression(parseQuery('"river dam" OR shelling -geneva')), '("river dam" OR "shelling") NOT "geneva"');
  // Words joined by punctuation stay together as a phrase, as they are in the text (Jong-un).
  assert.equal(ftsExpression(parseQuery('NEAR(a b) col:x *')), '"NEAR a" AND "b" AND "col x"');
  assert.equal(ftsExpression(parseQuery('-only -negative')), null);
});

for (const backend of backends) {
  describe(`store conformance (${backend.name}): search`, { skip: backend.skip }, () => {
    let s: Opened;
    before(async () => {
      s = await backend.open();
      for (const a of sampleSet()) await saveAnalysis(s.db, a);
    });
    after(async () => { await s?.cleanup(); });

    test('finds articles by words, title first, with highlighted snippets', async () => {
      const r = await searchArticles(s.db, { q: 'dam' });
      assert.equal(r.total, 2);
      assert.equal(r.hits[0].title, 'Dam talks in Geneva');
      const h = r.hits[0];
      assert.ok(h.highlights.length > 0);
      for (const [a, b] of h.highlights) assert.match(h.snippet.slice(a, b), /^dam$/i);
    });

    test('stems words: "talk" finds "talks" and "shelled" finds "shelling"', async () => {
      assert.equal((await searchArticles(s.db, { q: 'talk' })).total, 2);
      assert.equal((await searchArticles(s.db, { q: 'shelled' })).total, 1);
    });

    test('phrases, OR and exclusion', async () => {
      assert.equal((await searchArticles(s.db, { q: '"border villages"' })).total, 1);
      assert.equal((await searchArticles(s.db, { q: '"villages border"' })).total, 0);
      assert.equal((await searchArticles(s.db, { q: 'custard OR shelling' })).total, 2);
      assert.equal((await searchArticles(s.db, { q: 'dam -geneva' })).total, 1);
    });

    test('facets count articles per publisher, country, actor and event type', async () => {
      const r = await searchArticles(s.db, { q: 'dam' });
      assert.deepEqual(r.facets.publisher.map((f) => [f.value, f.count]), [['Daily Example', 1], ['Wire Example', 1]]);
      assert.deepEqual(r.facets.country.map((f) => [f.value, f.count]), [['FRE', 2], ['RUR', 2]]);
      assert.deepEqual(r.facets.actor.slice(0, 2).map((f) => [f.value, f.label, f.count]), [['country:FRE', 'Freedonia', 2], ['country:RUR', 'Ruritania', 2]]);
      assert.deepEqual(r.facets.type.map((f) => [f.value, f.count]), [['ACCUSE', 1], ['ASSAULT', 1], ['CONSULT', 1]]);
    });

    test('filters: actor, country, event type, dates, publisher', async () => {
      assert.equal((await searchArticles(s.db, { q: 'dam', type: 'assault' })).hits[0].title, 'Shelling charge');
      assert.equal((await searchArticles(s.db, { q: 'dam', actor: 'Anna Berg' })).total, 1);
      assert.equal((await searchArticles(s.db, { country: 'PRT' })).hits[0].title, 'Tart prize');
      assert.equal((await searchArticles(s.db, { q: 'dam', since: '2016-03-08' })).total, 1);
      assert.equal((await searchArticles(s.db, { q: 'dam', until: '2016-03-08' })).total, 1);
      assert.equal((await searchArticles(s.db, { publisher: 'Daily Example' })).total, 2);
    });

    test('an empty query lists newest first; odd input neither throws nor matches everything', async () => {
      const r = await searchArticles(s.db, {});
      assert.deepEqual(r.hits.map((h) => h.title), ['Tart prize', 'Shelling charge', 'Dam talks in Geneva']);
      assert.equal((await searchArticles(s.db, { q: 'NEAR("dam" ") * : ^ (' })).total, 0);
      assert.equal((await searchArticles(s.db, { q: "'; DROP TABLE articles; --" })).total, 0);
      assert.equal((await searchArticles(s.db, {})).total, 3);
    });

    test('pagination keeps the total', async () => {
      const r = await searchArticles(s.db, { q: 'dam', limit: 1, offset: 1 });
      assert.equal(r.total, 2);
      assert.equal(r.hits.length, 1);
    });
  });
}
