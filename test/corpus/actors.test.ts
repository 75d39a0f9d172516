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

for (const b of stores) test(`a joint speaker's quote counts for each of them: timelines, profiles, quote lists and the actors export [${b.name}]`, { skip: b.skip }, async () => {
  const { saveAnalysis } = await import('../../src/store/articles.ts');
  const { analyzeArticle } = await import('../../src/nlp/pipeline.ts');
  const { articleFromText } = await import('../../src/extract/given.ts');
  const { connectArticle } = await import('../../src/corpus/index.ts');
  const { getActor, listQuotes } = await import('../../src/web/queries.ts');
  const { loadTable } = await import('../../src/corpus/export/records.ts');
  const s = await b.open();
  try {
    const a = analyzeArticle(articleFromText('Britain, France and Germany warned on Thursday that they would reimpose sanctions on Iran.', { published: '2024-03-07' }));
    assert.deepEqual(a.quotes.map((q) => q.speaker?.with?.map((w) => w.name)), [['United Kingdom', 'France']]);
    const saved = await saveAnalysis(s.db, a, {}, async (tx, r, an) => { await connectArticle(tx, r.id, an); });
    for (const key of ['country:GBR', 'country:FRA', 'country:DEU']) {
      const t = await actorTimeline(s.db, key, { since: '2024-03-04', until: '2024-03-10' });
      assert.deepEqual(t.weeks.map((w) => w.quotes), [1], key);
      assert.equal((await getActor(s.db, key))?.quotesBy, 1, key);
      const list = await listQuotes(s.db, { speaker: key });
      assert.deepEqual(list.items.map((q) => [q.articleId, q.speaker?.name]), [[saved.id, 'United Kingdom, France and Germany']], key);
    }
    assert.equal((await actorTimeline(s.db, 'country:IRN', { since: '2024-03-04', until: '2024-03-10' })).weeks[0].quotes, 0);
    const actors = (await loadTable(s.db, 'actors', {})).table.rows;
    for (const key of ['country:GBR', 'country:FRA', 'country:DEU']) assert.equal(actors.find((r) => r.actor_key === key)?.quotes, 1, key);
    // Saved again with the speaker alone, the others' rows go.
    const alone = { ...a, quotes: a.quotes.map((q) => ({ ...q, speaker: { entity: q.speaker!.entity, name: q.speaker!.name, mention: q.speaker!.mention } })) };
    await saveAnalysis(s.db, alone, {});
    assert.equal((await getActor(s.db, 'country:GBR'))?.quotesBy, 0);
  } finally {
    await s.done();
  }
});
