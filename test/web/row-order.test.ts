// Pages of an actor's quotes and events are ordered newest day first, then by article id and index,
// and "quotes about" an actor read its RECENT_ARTICLES newest articles (day, then id). The child
// rows are keyed by the article's seq, so on SQLite these pages read only the rows from the day of
// the last wanted row on (src/web/queries.ts newestFirst): this checks, with more rows than a page
// and more articles than RECENT_ARTICLES on a few days (ids in no relation to seq), that every
// page and the recent articles are exactly those of the full order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { saveAnalysis } from '../../src/store/articles.ts';
import { listEvents, listQuotes, RECENT_ARTICLES } from '../../src/web/queries.ts';
import { analysisOf } from '../store/fixtures.ts';
import { backends } from '../store/backends.ts';

const DAYS = ['2016-05-01', '2016-05-02', '2016-05-03', '2016-05-04'];
const N = RECENT_ARTICLES + 30;

function article(i: number) {
  const text = `Ilse Varga spoke in town ${i}. "We will build it," Varga said. "Soon," she said. Otto Brenner said: "Varga is wrong ${i}."`;
  return analysisOf({
    text, url: `https://news.example/varga-${i}`, published: DAYS[(i * 7) % DAYS.length],
    entities: [{ name: 'Ilse Varga', type: 'PERSON' }, { name: 'Otto Brenner', type: 'PERSON' }],
    quotes: [
      { text: 'We will build it,', speaker: { entity: 'E1', name: 'Ilse Varga', mention: null } },
      { text: 'Soon,', speaker: { entity: 'E1', name: 'Ilse Varga', mention: null } },
      { text: `Varga is wrong ${i}.`, speaker: { entity: 'E2', name: 'Otto Brenner', mention: null } },
    ],
    events: [{ type: 'CONSULT', actor: { entity: 'E1', name: 'Ilse Varga', country: null, sector: null } }, { type: 'ACCUSE', target: { entity: 'E1', name: 'Ilse Varga', country: null, sector: null } }],
  });
}

for (const b of backends) {
  test(`web (${b.name}): pages of an actor's quotes and events, and its recent articles, follow the full order`, { skip: b.skip }, async () => {
    const s = await b.open();
    try {
      const all = Array.from({ length: N }, (_, i) => article(i));
      for (const a of all) await saveAnalysis(s.db, a);
      const day = new Map(all.map((a) => [a.id, a.meta.published!]));
      const newest = (x: { articleId: string; idx: number }, y: { articleId: string; idx: number }) =>
        (day.get(y.articleId)! < day.get(x.articleId)! ? -1 : day.get(y.articleId)! > day.get(x.articleId)! ? 1 : 0)
        || (x.articleId < y.articleId ? -1 : x.articleId > y.articleId ? 1 : 0) || x.idx - y.idx;
      const key = 'name:ilse varga';

      const quotes = all.flatMap((a) => [0, 1].map((idx) => ({ articleId: a.id, idx }))).sort(newest);
      for (const [offset, limit] of [[0, 7], [5, 20], [57, 13], [quotes.length - 4, 10]]) {
        const page = await listQuotes(s.db, { speaker: key, offset, limit });
        assert.equal(page.total, quotes.length);
        assert.deepEqual(page.items.map((q) => ({ articleId: q.articleId, idx: q.idx })), quotes.slice(offset, offset + limit), `quotes ${offset}+${limit}`);
      }

      const events = all.flatMap((a) => [0, 1].map((idx) => ({ articleId: a.id, idx }))).sort(newest);
      for (const [offset, limit] of [[0, 9], [31, 40], [events.length - 3, 9]]) {
        const page = await listEvents(s.db, { actor: key, offset, limit });
        assert.equal(page.total, events.length);
        assert.deepEqual(page.items.map((e) => ({ articleId: e.articleId, idx: e.idx })), events.slice(offset, offset + limit), `events ${offset}+${limit}`);
      }

      // Quotes about her: Brenner's, in her RECENT_ARTICLES newest articles only.
      const recent = all.map((a) => ({ articleId: a.id, idx: 0 })).sort(newest).slice(0, RECENT_ARTICLES).map((r) => r.articleId);
      const about = await listQuotes(s.db, { about: key, limit: 500 });
      assert.equal(about.total, RECENT_ARTICLES);
      assert.deepEqual(about.items.map((q) => q.articleId).sort(), [...recent].sort());
      assert.ok(about.items.every((q) => q.idx === 2));
    } finally {
      await s.cleanup();
    }
  });
}
