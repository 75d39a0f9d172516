// Timelines count an event in the week the corpus layer gives it (its own date when at most a month
// before its report, else the report's day), and a week of the pair page's chart lists exactly the
// events behind its bar. Real SQLite store in a temp dir; articles built from the hostile fixture.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../src/web/server.ts';
import { saveAnalysis } from '../../src/store/articles.ts';
import { corpusHook } from '../../src/ingest/corpus-hook.ts';
import { hostileAnalysis, hostileStore, type TestStore } from './fixtures.ts';

let store: TestStore;
let app: FastifyInstance;

before(async () => {
  store = await hostileStore(0);
  // A report of 2016-07-27 whose events are dated long before it (2013: counted on the report's day)
  // and a week before it (counted on their own date, the week of 2016-07-18), as real articles are.
  const a = hostileAnalysis(7, '2016-07-27');
  a.id = 'old-dates';
  a.events[0].date = { value: '2013-03-05', precision: 'day', text: 'in March 2013' };
  a.events[1].date = { value: '2016-07-20', precision: 'day', text: 'last Wednesday' };
  a.events[2].date = { value: '2046-01-01', precision: 'year', text: 'in 30 years' };
  await saveAnalysis(store.db, a, {}, await corpusHook());
  app = await buildServer({ db: store.db, apiToken: 'test-token-0123456789abcdef', cacheSeconds: 0 });
});

after(async () => {
  await app?.close();
  await store?.close();
});

async function json(url: string): Promise<any> {
  const r = await app.inject({ url, headers: { accept: 'application/json' } });
  assert.equal(r.statusCode, 200, `${url}: ${r.body}`);
  return JSON.parse(r.body);
}

function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

test('a pair\'s timeline counts old and misdated events in the week they were reported', async () => {
  const weeks = (await json('/api/dyads/RUS/USA')).weeks as Array<{ week: string; events: number }>;
  assert.deepEqual(weeks.map((w) => [w.week, w.events]), [['2016-07-18', 1], ['2016-07-25', 2]]);
  const actor = (await json('/api/actors/country:RUS/timeline')) as Array<{ week: string }>;
  assert.deepEqual(actor.map((w) => w.week), ['2016-07-18', '2016-07-25'], 'no week in 2013 or 2046');
  const ranged = (await json('/api/dyads/RUS/USA?since=2016-07-25&until=2016-07-31')).weeks as Array<{ week: string; events: number }>;
  assert.deepEqual(ranged.map((w) => [w.week, w.events]), [['2016-07-25', 2]]);
});

test('each week of the pair page\'s chart lists the events behind its bar', async () => {
  const page = await app.inject({ url: '/pairs/RUS/USA', headers: { accept: 'text/html' } });
  assert.equal(page.statusCode, 200);
  const data = /<script type="application\/json" id="pair-data">([^<]*)<\/script>/.exec(page.body);
  assert.ok(data, 'the chart data is on the page');
  const chart = JSON.parse(data[1]) as Array<{ start: string; events: number }>;
  const busy = chart.filter((w) => w.events > 0);
  assert.equal(busy.length, 2);
  for (const w of busy) {
    // What chart.js fetches when a week is clicked.
    const list = await json(`/api/dyads/RUS/USA/events?since=${w.start}&until=${addDays(w.start, 6)}&limit=100`);
    assert.equal(list.total, w.events, `week of ${w.start}`);
    assert.equal(list.items.length, w.events);
  }
  const all = await json('/api/dyads/RUS/USA/events');
  assert.equal(all.total, busy.reduce((s, w) => s + w.events, 0), 'every event of the pair is in one week');
});
