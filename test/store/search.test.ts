// Store conformance: full-text search, filters, facets, highlights.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { backends, type Opened } from './backends.ts';
import { analysisOf, sampleSet } from './fixtures.ts';
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

  describe(`store conformance (${backend.name}): broad and narrow filters`, { skip: backend.skip }, () => {
    let s: Opened;
    // Six of seven articles name Freedonia (one undated, two spell it in capitals); a page of a
    // filter this broad is walked along the date index, a facet basis through the filter's rows.
    const days = ['2016-05-02', '2016-05-04', null, '2016-05-04', '2016-05-01', '2016-05-03'];
    before(async () => {
      s = await backend.open();
      for (const [i, day] of days.entries()) {
        const name = i % 3 === 1 ? 'FREEDONIA' : 'Freedonia';
        await saveAnalysis(s.db, analysisOf({
          text: `Report ${i}: ${name} opened a port.`, title: `Report ${i}`, publisher: 'Daily Example', published: day ?? undefined,
          entities: [{ name, type: 'GPE', kb: 'country:FRE', country: 'FRE' }],
        }));
      }
      await saveAnalysis(s.db, analysisOf({ text: 'Ruritania closed a port.', title: 'Other', published: '2016-05-05',
        entities: [{ name: 'Ruritania', type: 'GPE', kb: 'country:RUR', country: 'RUR' }] }));
    });
    after(async () => { await s?.cleanup(); });

    test('newest first, undated last, the same page by page as in one list', async () => {
      const expected = ['Report 3', 'Report 1', 'Report 5', 'Report 0', 'Report 4', 'Report 2'];
      for (const filter of [{ country: 'FRE' }, { actor: 'country:FRE' }]) {
        const whole = await searchArticles(s.db, { ...filter, limit: 10 });
        assert.equal(whole.total, 6);
        assert.deepEqual(whole.hits.map((h) => h.title), expected);
        const paged: string[] = [];
        for (let offset = 0; offset < 6; offset += 2) {
          const page = await searchArticles(s.db, { ...filter, limit: 2, offset, facetLimit: 0 });
          assert.equal(page.total, 6);
          paged.push(...page.hits.map((h) => h.title ?? ''));
        }
        assert.deepEqual(paged, expected);
      }
      assert.deepEqual((await searchArticles(s.db, { q: 'port', country: 'FRE', since: '2016-05-03' })).hits.map((h) => h.title).sort(), ['Report 1', 'Report 3', 'Report 5']);
    });

    test("an actor facet is labelled with the actor's most common spelling", async () => {
      const r = await searchArticles(s.db, { q: 'port' });
      assert.deepEqual(r.facets.actor.map((f) => [f.value, f.label, f.count]), [['country:FRE', 'Freedonia', 6], ['country:RUR', 'Ruritania', 1]]);
    });
  });
}
