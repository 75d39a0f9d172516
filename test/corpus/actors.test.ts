import { test } from 'node:test';
import assert from 'node:assert/strict';
import { activeDyads, actorTimeline, dyadShifts, dyadTimeline, trends } from '../../src/corpus/index.ts';
import { ingest, stores } from './fixtures.ts';
import { clash, eventFixtures, protestCopy } from './events-fixtures.ts';

for (const b of stores) test(`dyad weekly scores: mean Goldstein per ISO week, copies and negated events left out [${b.name}]`, { skip: b.skip }, async () => {
  const s = await b.open();
  try {
    for (const f of eventFixtures) await ingest(s.db, f);
    const copy = await s.db.get<{ duplicate_of: string | null }>('SELECT d.duplicate_of FROM corpus_docs d JOIN articles a ON a.id = d.article_id WHERE a.canonical_url = ?', [protestCopy.url]);
    assert.ok(copy?.duplicate_of, 'the copied report is a duplicate');

    const t = await dyadTimeline(s.db, 'swe', 'NOR', { since: '2024-03-04', until: '2024-03-17' });
    assert.equal(t.a, 'NOR');
    assert.equal(t.b, 'SWE');
    assert.deepEqual(t.weeks.map((w) => w.week), ['2024-W10', '2024-W11']);
    const [w10, w11] = t.weeks;
    // W10: ASSAULT -10 (given), THREATEN via CAMEO root 13 = -6, PROTEST via its PLOVER type = -6.5.
    assert.equal(w10.events, 3);
    assert.equal(w10.score, -7.5);
    assert.deepEqual(w10.byType, { ASSAULT: 1, THREATEN: 1, PROTEST: 1 });
    assert.equal(w10.conflict, 3);
    assert.equal(w10.quotes, 1);
    // W11: AGREE 4, COOPERATE via CAMEO root 06 = 6, and the 2020 CONSULT counted when reported (1).
    assert.equal(w11.events, 3);
    assert.equal(w11.score, 3.67);
    assert.equal(w11.cooperation, 3);
    assert.equal(t.totals.events, 6);

    const shifts = await dyadShifts(s.db, { week: '2024-W11' });
    assert.equal(shifts.length, 1);
    assert.deepEqual({ a: shifts[0].a, b: shifts[0].b, score: shifts[0].score, baseline: shifts[0].baseline, delta: shifts[0].delta },
      { a: 'NOR', b: 'SWE', score: 3.67, baseline: -7.5, delta: 11.17 });
    assert.deepEqual(shifts[0].evidence.map((e) => e.type).sort(), ['AGREE', 'CONSULT', 'COOPERATE']);

    const active = await activeDyads(s.db, { since: '2024-03-01', until: '2024-03-31' });
    assert.deepEqual(active.map((d) => [d.a, d.b, d.events]), [['NOR', 'SWE', 6]]);
  } finally {
    await s.done();
  }
});

for (const b of stores) test(`actor timelines count events on either side and the actor\'s quotes [${b.name}]`, { skip: b.skip }, async () => {
  const s = await b.open();
  try {
    for (const f of eventFixtures) await ingest(s.db, f);
    const nor = await actorTimeline(s.db, 'country:NOR', { since: '2024-03-04', until: '2024-03-17' });
    assert.equal(nor.actor.name, 'Norway');
    assert.deepEqual(nor.weeks.map((w) => w.events), [3, 3]);
    const strand = await actorTimeline(s.db, 'person:halvard-strand', { since: '2024-03-04', until: '2024-03-17' });
    assert.deepEqual(strand.weeks.map((w) => w.quotes), [1, 0]);
    assert.equal(strand.totals.events, 0);

    const tr = await trends(s.db, { week: '2024-W11', minCount: 1 });
    assert.deepEqual(tr.types.map((x) => x.key).sort(), ['AGREE', 'CONSULT', 'COOPERATE']);
    assert.ok(tr.types.every((x) => x.count === 1 && x.baseline === 0));
    const w10 = await trends(s.db, { week: '2024-W10', minCount: 1 });
    assert.equal(w10.dyads[0].key, 'NOR-SWE');
    assert.equal(w10.dyads[0].count, 3);
    assert.ok(w10.stories.length >= 1);
    assert.ok(clash.title);
  } finally {
    await s.done();
  }
});
