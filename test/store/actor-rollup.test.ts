// Store conformance: the actor roll-ups (actor_variants, actor_totals, article_entities.published)
// always equal what a GROUP BY over the entity rows says, through saves, updates, re-dated
// articles and deletes, on SQLite and PostgreSQL.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { backends, type Opened } from './backends.ts';
import { analysisOf } from './fixtures.ts';
import { saveAnalysis, deleteArticle } from '../../src/store/articles.ts';
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
  text: `The minister Ilse Varga met Tomas Brenner in Vienna. Ilse Varga said the talks went well. ${extra.join(' ')}`,
  published,
  entities: [
    { name: 'Ilse Varga', kb: 'person:ilse-varga', country: 'AUT', sector: 'GOV',
      mentions: [{ start: 12, end: 22, text: 'Ilse Varga' }, { start: 52, end: 62, text: 'Ilse Varga' }] },
    { name: 'Tomas Brenner' },
    { name: 'Vienna', type: 'GPE', country: 'AUT' },
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
      const vienna = (got.variants as Array<Record<string, unknown>>).find((v) => v.name === 'Vienna');
      assert.equal(vienna?.kb, '', 'no kb id is stored as the empty string');
      assert.equal(vienna?.country, 'AUT');
    });

    test('entity rows carry their article day, and follow it when the article is re-dated', async () => {
      const days = await s.db.all<{ published: string | null }>("SELECT DISTINCT published FROM article_entities WHERE actor_key = 'person:ilse-varga' ORDER BY published");
      assert.deepEqual(days.map((d) => d.published), ['2026-03-02', '2026-03-09']);
      const redated = { ...cabinet('2026-03-09', ['Danube Council']), meta: { ...cabinet('2026-03-09').meta, published: '2026-03-11' } };
      assert.equal((await saveAnalysis(s.db, redated, { canonicalUrl: 'https://news.example/cabinet-2026-03-09' })).status, 'updated');
      const after = await s.db.all<{ published: string | null }>("SELECT DISTINCT published FROM article_entities WHERE actor_key = 'person:ilse-varga' ORDER BY published");
      assert.deepEqual(after.map((d) => d.published), ['2026-03-02', '2026-03-11']);
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
