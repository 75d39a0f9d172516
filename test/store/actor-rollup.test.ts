// Store conformance: the actor roll-ups (actor_variants, actor_totals, article_entities.published)
// always equal what a GROUP BY over the entity rows says, through saves, updates, re-dated
// articles and deletes, on SQLite and PostgreSQL.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { backends, type Opened } from './backends.ts';
import { analysisOf } from './fixtures.ts';
import { saveAnalysis, deleteArticle, ActorRollup } from '../../src/store/articles.ts';
import { CommitGroup } from '../../src/ingest/commit-group.ts';
import type { Db } from '../../src/store/db.ts';

async function rollup(db: Db): Promise<{ variants: unknown[]; totals: unknown[] }> {
  const variants = (await db.all<Record<string, unknown>>(
    'SELECT actor_key, name, type, kb, country, sector, articles, mentions FROM actor_variants ORDER BY actor_key, name, type, kb, country, sector'))
    .map((r) => ({ ...r, articles: Number(r.articles), mentions: Number(r.mentions) }));
  const totals = (await db.all<Record<string, unknown>>('SELECT actor_key, articles, mentions FROM actor_totals ORDER BY actor_key'))
    .map((r) => ({ ...r, articles: Number(r.articles), mentions: Number(r.mentions) }));
  return { variants, totals };
}

async function recomputed(db: Db): Promise<{ variants: unknown[]; totals: unknown[] }> {
  const variants = (await db.all<Record<string, unknown>>(
    `SELECT actor_key, name, type, COALESCE(kb, '') AS kb, COALESCE(country, '') AS country, COALESCE(sector, '') AS sector,
       COUNT(*) AS articles, SUM(mentions) AS mentions
     FROM article_entities GROUP BY actor_key, name, type, COALESCE(kb, ''), COALESCE(country, ''), COALESCE(sector, '')
     ORDER BY actor_key, name, type, kb, country, sector`))
    .map((r) => ({ ...r, articles: Number(r.articles), mentions: Number(r.mentions) }));
  const totals = (await db.all<Record<string, unknown>>(
    'SELECT actor_key, COUNT(*) AS articles, SUM(mentions) AS mentions FROM article_entities GROUP BY actor_key ORDER BY actor_key'))
    .map((r) => ({ ...r, articles: Number(r.articles), mentions: Number(r.mentions) }));
  return { variants, totals };
}

const cabinet = (published: string, extra: string[] = []) => analysisOf({
  url: `https://news.example/cabinet-${published}`,
  text: `The minister Ilse Varga met Tomas Brenner in Graz. Ilse Varga said the talks went well. ${extra.join(' ')}`,
  published,
  entities: [
    { name: 'Ilse Varga', kb: 'person:ilse-varga', country: 'AUT', sector: 'GOV',
      mentions: [{ start: 12, end: 22, text: 'Ilse Varga' }, { start: 52, end: 62, text: 'Ilse Varga' }] },
    { name: 'Tomas Brenner' },
    // Not the capital, which would stand for Austria (sideKey): a place of its own, unresolved.
    { name: 'Graz', type: 'GPE', country: 'AUT' },
    ...extra.map((name) => ({ name, type: 'ORG' as const })),
  ],
});

for (const backend of backends) {
  describe(`store conformance (${backend.name}): actor roll-ups`, { skip: backend.skip }, () => {
    let s: Opened;
    before(async () => { s = await backend.open(); });
    after(async () => { await s?.cleanup(); });

    test('saving articles counts each actor variant and total', async () => {
      await saveAnalysis(s.db, cabinet('2026-03-02'));
      await saveAnalysis(s.db, cabinet('2026-03-09', ['Danube Council']));
      const got = await rollup(s.db);
      assert.deepEqual(got, await recomputed(s.db));
      const varga = (got.totals as Array<{ actor_key: string; articles: number; mentions: number }>).find((t) => t.actor_key === 'person:ilse-varga');
      assert.deepEqual(varga, { actor_key: 'person:ilse-varga', articles: 2, mentions: 4 });
      const graz = (got.variants as Array<Record<string, unknown>>).find((v) => v.name === 'Graz');
      assert.equal(graz?.kb, '', 'no kb id is stored as the empty string');
      assert.equal(graz?.country, 'AUT');
    });

    test('entity rows carry their article day, and follow it when the article is re-dated', async () => {
      const days = await s.db.all<{ published: string | null }>("SELECT DISTINCT published FROM article_entities WHERE actor_key = 'person:ilse-varga' ORDER BY published");
      assert.deepEqual(days.map((d) => d.published), ['2026-03-02', '2026-03-09']);
      const redated = { ...cabinet('2026-03-09', ['Danube Council']), meta: { ...cabinet('2026-03-09').meta, published: '2026-03-11' } };
      assert.equal((await saveAnalysis(s.db, redated, { canonicalUrl: 'https://news.example/cabinet-2026-03-09' })).status, 'updated');
      const after = await s.db.all<{ published: string | null }>("SELECT DISTINCT published FROM article_entities WHERE actor_key = 'person:ilse-varga' ORDER BY published");
      assert.deepEqual(after.map((d) => d.published), ['2026-03-02', '2026-03-11']);
    });

    test('the agency and place of a dateline are no actors of the article, a place named again in the body is one', async () => {
      const text = 'VIENNA (AP) — Ilse Varga met Tomas Brenner on Monday. Ilse Varga said the talks went well.';
      const filed = analysisOf({
        url: 'https://news.example/filed-from-vienna', text, published: '2026-03-16',
        entities: [
          { name: 'Ilse Varga', kb: 'person:ilse-varga', country: 'AUT', sector: 'GOV' },
          { name: 'Associated Press', type: 'ORG', kb: 'org:ap', country: 'USA', mentions: [{ start: 8, end: 10, text: 'AP' }] },
          { name: 'Vienna', type: 'GPE', country: 'AUT', mentions: [{ start: 0, end: 6, text: 'VIENNA' }] },
        ],
      });
      await saveAnalysis(s.db, filed);
      const keys = async (id: string) => (await s.db.all<{ actor_key: string }>(
        'SELECT actor_key FROM article_entities WHERE article_id = ? ORDER BY actor_key', [id])).map((r) => r.actor_key);
      assert.deepEqual(await keys(filed.id), ['person:ilse-varga']);
      assert.equal(await s.db.get("SELECT 1 FROM actor_totals WHERE actor_key = 'org:ap'"), undefined);
      const facets = (await s.db.all<{ kind: string; value: string }>(
        'SELECT kind, value FROM article_facets WHERE article_seq = (SELECT seq FROM articles WHERE id = ?) ORDER BY kind, value', [filed.id]))
        .map((f) => `${f.kind}:${f.value}`);
      assert.ok(!facets.includes('actor:org:ap') && !facets.includes('country:USA'), facets.join(' '));

      const named = analysisOf({ url: 'https://news.example/vienna-again', text: `${text} Brenner flew home from Vienna.`, published: '2026-03-16',
        entities: [{ name: 'Vienna', type: 'GPE', country: 'AUT', mentions: [{ start: 0, end: 6, text: 'VIENNA' }, { start: text.length + 26, end: text.length + 32, text: 'Vienna' }] }] });
      await saveAnalysis(s.db, named);
      const row = await s.db.get<{ mentions: number; first_start: number }>('SELECT mentions, first_start FROM article_entities WHERE article_id = ?', [named.id]);
      assert.deepEqual({ mentions: Number(row?.mentions), first_start: Number(row?.first_start) }, { mentions: 1, first_start: text.length + 26 });
      assert.deepEqual(await rollup(s.db), await recomputed(s.db));
      for (const a of [filed, named]) assert.equal(await deleteArticle(s.db, a.id), true);
    });

    test('an update that drops an actor takes it out of the roll-ups; a delete takes out the rest', async () => {
      const fewer = cabinet('2026-03-02');
      fewer.entities = fewer.entities.filter((e) => e.name !== 'Tomas Brenner');
      assert.equal((await saveAnalysis(s.db, fewer)).status, 'updated');
      assert.deepEqual(await rollup(s.db), await recomputed(s.db));
      const brenner = await s.db.get<{ articles: number }>("SELECT articles FROM actor_totals WHERE actor_key = 'name:tomas brenner'");
      assert.equal(Number(brenner?.articles), 1);

      assert.equal(await deleteArticle(s.db, fewer.id), true);
      const rest = await s.db.all<{ id: string }>('SELECT id FROM articles');
      for (const r of rest) assert.equal(await deleteArticle(s.db, r.id), true);
      assert.deepEqual(await rollup(s.db), { variants: [], totals: [] }, 'no row with a zero count is left behind');
    });
  });
}

for (const backend of backends) {
  describe(`store conformance (${backend.name}): actor roll-ups through commit groups`, { skip: backend.skip }, () => {
    let s: Opened;
    before(async () => { s = await backend.open(); });
    after(async () => { await s?.cleanup(); });

    test('a group counts each of its articles once, also one saved again in the same group', async () => {
      const group = new CommitGroup(s.db, { max: 64, windowMs: 60_000 });
      const changed = cabinet('2026-04-06', ['Danube Council']);
      changed.entities = changed.entities.filter((e) => e.name !== 'Tomas Brenner');
      const saves = [
        group.save(cabinet('2026-04-06'), {}),
        group.save(cabinet('2026-04-13', ['Alpine League']), {}),
        // The first article again with other entities: its rows of a moment ago, not yet in the
        // roll-ups when the group holds their counts, go out as it is updated.
        group.save(changed, { canonicalUrl: 'https://news.example/cabinet-2026-04-06' }),
      ];
      group.flushSoon();
      assert.deepEqual(await Promise.all(saves), ['new', 'new', 'updated']);
      assert.deepEqual(await rollup(s.db), await recomputed(s.db));
      const brenner = await s.db.get<{ articles: number }>("SELECT articles FROM actor_totals WHERE actor_key = 'name:tomas brenner'");
      assert.equal(Number(brenner?.articles), 1);
    });

    test('an article that fails in a group leaves no counts behind', async () => {
      const group = new CommitGroup(s.db, { max: 64, windowMs: 60_000 });
      const failing = group.save(cabinet('2026-04-20', ['Lost Party']), {}, async (tx) => {
        await tx.run("INSERT INTO feed_items (feed_id, item_key, article_id, seen_at) VALUES (424242, 'x', NULL, 'now')");
      });
      const fine = group.save(cabinet('2026-04-27', ['Kept Party']), {});
      group.flushSoon();
      await assert.rejects(failing);
      assert.equal(await fine, 'new');
      assert.deepEqual(await rollup(s.db), await recomputed(s.db));
      assert.equal(await s.db.get("SELECT 1 FROM actor_totals WHERE actor_key = 'name:lost party'"), undefined);
    });
  });
}

describe('ActorRollup', () => {
  test('sums entity rows by variant and by actor, in the order first seen', () => {
    const rows = [
      ['a1', 'E1', 'country:AUT', 'GPE', 'Austria', 'country:AUT', 'AUT', null, '[]', 2, 0, 7, null, 1],
      ['a1', 'E2', 'name:ilse varga', 'PERSON', 'Ilse Varga', null, null, null, '[]', 1, 9, 19, null, 1],
      ['a2', 'E1', 'country:AUT', 'GPE', 'Austria', 'country:AUT', 'AUT', null, '[]', 3, 0, 7, null, 2],
      ['a2', 'E2', 'country:AUT', 'GPE', 'Austrian', 'country:AUT', 'AUT', null, '[]', 1, 9, 17, null, 2],
    ];
    const r = new ActorRollup();
    for (const row of rows) r.add(row);
    const held = r as unknown as { variants: Map<string, unknown[]>; totals: Map<string, unknown[]> };
    assert.deepEqual([...held.variants.values()], [
      ['country:AUT', 'Austria', 'GPE', 'country:AUT', 'AUT', '', 2, 5],
      ['name:ilse varga', 'Ilse Varga', 'PERSON', '', '', '', 1, 1],
      ['country:AUT', 'Austrian', 'GPE', 'country:AUT', 'AUT', '', 1, 1],
    ]);
    assert.deepEqual([...held.totals.values()], [['country:AUT', 3, 6], ['name:ilse varga', 1, 1]]);
  });
});
