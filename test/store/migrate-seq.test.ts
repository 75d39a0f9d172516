// Store conformance: migration 0024 re-keys the child tables of a store made before it (rows keyed
// by the text article id) by articles.seq, and loses nothing: every entity, quote, event and facet
// row keeps its values and its article, deleting an article still takes its rows, and the writer
// saves into the migrated store.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Db } from '../../src/store/db.ts';
import { openSqlite } from '../../src/store/sqlite.ts';
import { openPostgres } from '../../src/store/postgres.ts';
import { migrate } from '../../src/store/migrate.ts';
import { migrations } from '../../src/store/migrations/index.ts';
import { saveAnalysis, deleteArticle } from '../../src/store/articles.ts';
import { analysisOf } from './fixtures.ts';
import { freshPgSchema, noPg } from './backends.ts';

const BY_SEQ = '0024_children_by_seq';
const before = migrations.filter((m) => m.id < BY_SEQ || m.id.startsWith('02') || m.id.startsWith('03'));

/** Ids out of seq order, as hashed ids are: the migration must follow the id, not the position. */
const ARTICLES = [
  { id: 'f'.repeat(64), title: 'First', published: '2016-03-01' },
  { id: '0'.repeat(64), title: 'Second', published: '2016-03-02' },
  { id: '7'.repeat(64), title: 'Third', published: null },
];

/** Rows as the writer before 0024 stored them (entity and facet rows carried article_seq too). */
async function oldRows(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    for (const [i, a] of ARTICLES.entries()) {
      await tx.run(`INSERT INTO articles (id, content_hash, title, published, text, analysis, ingested_at, updated_at)
        VALUES (?, ?, ?, ?, ?, '{}', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')`, [a.id, `h${i}`, a.title, a.published, `Text ${i} of the article.`]);
      const seq = Number((await tx.get<{ seq: number }>('SELECT seq FROM articles WHERE id = ?', [a.id]))!.seq);
      // On SQLite the writer adds the full-text row itself (migration 0023).
      if (db.dialect === 'sqlite') await tx.run('INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)', [seq, a.title, `Text ${i} of the article.`]);
      for (let e = 0; e < 3; e++) {
        await tx.run(`INSERT INTO article_entities (article_id, entity_id, actor_key, type, name, kb, country, sector, roles, mentions, first_start, first_end, published, article_seq)
          VALUES (?, ?, ?, 'PERSON', ?, NULL, ?, NULL, '["mayor"]', ?, ?, ?, ?, ?)`, [a.id, `E${e + 1}`, `name:person ${e}`, `Person ${e}`, e === 0 ? 'USA' : null, e + 1, e * 10, e * 10 + 5, a.published, seq]);
      }
      if (db.dialect === 'sqlite') {
        // On SQLite the writer keeps the roll-ups itself (migration 0022).
        for (let e = 0; e < 3; e++) {
          await tx.run(`INSERT INTO actor_variants (actor_key, name, type, kb, country, sector, articles, mentions) VALUES (?, ?, 'PERSON', '', ?, '', 1, ?)
            ON CONFLICT (actor_key, name, type, kb, country, sector) DO UPDATE SET articles = articles + 1, mentions = mentions + excluded.mentions`, [`name:person ${e}`, `Person ${e}`, e === 0 ? 'USA' : '', e + 1]);
          await tx.run(`INSERT INTO actor_totals (actor_key, articles, mentions) VALUES (?, 1, ?)
            ON CONFLICT (actor_key) DO UPDATE SET articles = articles + 1, mentions = mentions + excluded.mentions`, [`name:person ${e}`, e + 1]);
        }
      }
      for (let q = 0; q < 2; q++) {
        await tx.run(`INSERT INTO article_quotes (article_id, idx, type, text, speaker_key, speaker_entity, speaker_name, speaker_country, speaker_sector, cue, channel, quote_date,
          start_offset, end_offset, sentence_start, sentence_end) VALUES (?, ?, 'direct', ?, 'name:person 0', 'E1', 'Person 0', 'USA', NULL, 'said', NULL, ?, 0, 4, 0, 10)`,
        [a.id, q, `Quote ${q} in ${a.title}`, a.published]);
      }
      await tx.run(`INSERT INTO article_events (article_id, idx, type, mode, contexts, status, cameo, goldstein, actor_key, actor_entity, actor_name, actor_country, actor_sector,
        target_key, target_entity, target_name, target_country, target_sector, event_date, date_precision, location_name, location_country, lat, lon,
        trigger_text, trigger_start, trigger_end, sentence_start, sentence_end, confidence)
        VALUES (?, 0, 'ACCUSE', 'verbal', '[]', 'actual', '112', -2, 'name:person 0', 'E1', 'Person 0', 'USA', NULL, 'name:person 1', 'E2', 'Person 1', 'RUS', NULL,
        ?, 'published', 'Moscow', 'RUS', 55.75, 37.62, 'accused', 5, 12, 0, 20, 0.8)`, [a.id, a.published]);
      for (const [kind, value] of [['country', 'USA'], ['actor', 'name:person 0'], ['type', 'ACCUSE']]) {
        await tx.run('INSERT INTO article_facets (article_id, kind, value, label, article_seq) VALUES (?, ?, ?, NULL, ?)', [a.id, kind, value, seq]);
      }
    }
  });
}

const ENTITY = 'e.article_id, e.entity_id, e.actor_key, e.type, e.name, e.kb, e.country, e.sector, e.roles, e.mentions, e.first_start, e.first_end, e.published';
const QUOTE = 'q.article_id, q.idx, q.type, q.text, q.speaker_key, q.speaker_entity, q.speaker_name, q.speaker_country, q.cue, q.quote_date, q.start_offset, q.end_offset';
const EVENT = 'v.article_id, v.idx, v.type, v.status, v.cameo, v.goldstein, v.actor_key, v.target_key, v.target_country, v.event_date, v.lat, v.lon, v.trigger_text, v.confidence';

/** Every child row with its article's id, read the same way before and after the migration. */
async function snapshot(db: Db): Promise<unknown> {
  const norm = (rows: Array<Record<string, unknown>>) => rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v])));
  return {
    entities: norm(await db.all(`SELECT ${ENTITY} FROM article_entities e ORDER BY e.article_id, e.entity_id`)),
    quotes: norm(await db.all(`SELECT ${QUOTE} FROM article_quotes q ORDER BY q.article_id, q.idx`)),
    events: norm(await db.all(`SELECT ${EVENT} FROM article_events v ORDER BY v.article_id, v.idx`)),
    facets: await db.all('SELECT a.id, f.kind, f.value, f.label FROM article_facets f JOIN articles a ON a.seq = f.article_seq ORDER BY a.id, f.kind, f.value'),
    variants: norm(await db.all('SELECT * FROM actor_variants ORDER BY actor_key, name')),
    totals: norm(await db.all('SELECT * FROM actor_totals ORDER BY actor_key')),
  };
}

async function check(db: Db): Promise<void> {
  await migrate(db, before);
  await oldRows(db);
  const old = await snapshot(db);
  // 0024, and the migrations after it (0025 adds a table of its own).
  assert.deepEqual(await migrate(db, migrations), migrations.filter((m) => !before.includes(m)).map((m) => m.id).sort());
  assert.ok((await migrate(db, migrations)).length === 0);
  assert.deepEqual(await snapshot(db), old, 'every row kept, with its values and its article');
  for (const t of ['article_entities', 'article_quotes', 'article_events']) {
    const wrong = await db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${t} c JOIN articles a ON a.id = c.article_id WHERE c.article_seq <> a.seq`);
    assert.equal(Number(wrong!.n), 0, `${t} rows carry their article's seq`);
  }
  // Deleting an article takes its rows (through article_seq now) and its roll-up counts.
  assert.ok(await deleteArticle(db, ARTICLES[1].id));
  for (const t of ['article_entities', 'article_quotes', 'article_events', 'article_facets']) {
    assert.equal(Number((await db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${t}`))!.n), t === 'article_entities' ? 6 : t === 'article_events' ? 2 : 4 + (t === 'article_facets' ? 2 : 0), t);
  }
  assert.equal(Number((await db.get<{ n: number }>("SELECT articles AS n FROM actor_totals WHERE actor_key = 'name:person 0'"))!.n), 2);
  // The writer saves into the migrated store.
  const a = analysisOf({ text: 'Ilse Varga accused the council.', url: 'https://example.org/after', published: '2016-04-01', entities: [{ name: 'Ilse Varga' }], events: [{ type: 'ACCUSE' }], quotes: [{ text: 'the council' }] });
  assert.equal((await saveAnalysis(db, a)).status, 'new');
  const seq = Number((await db.get<{ seq: number }>('SELECT seq FROM articles WHERE id = ?', [a.id]))!.seq);
  for (const t of ['article_entities', 'article_quotes', 'article_events', 'article_facets']) {
    assert.ok(Number((await db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${t} WHERE article_seq = ?`, [seq]))!.n) >= 1, t);
  }
}

test('store conformance (sqlite): 0024 re-keys a store made before it by seq, losing nothing', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-migrate-seq-'));
  const db = openSqlite(join(dir, 'sitrep.db'));
  try {
    await check(db);
    const fk = await db.all('PRAGMA foreign_key_check');
    assert.deepEqual(fk, []);
  } finally {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('store conformance (postgres): 0024 re-keys a store made before it by seq, losing nothing', { skip: noPg }, async () => {
  const { url, drop } = await freshPgSchema();
  const db = openPostgres(url);
  try {
    await check(db);
  } finally {
    await db.close();
    await drop();
  }
});
