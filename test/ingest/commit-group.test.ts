// The group commit on a real SQLite file: articles arriving within the window share one
// transaction, a full group or flushSoon does not wait the window out, and an article that fails
// rolls back alone while the rest of its group is saved. On PostgreSQL, groups from two workers
// that touch the same actors in opposite orders take turns instead of deadlocking.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CommitGroup } from '../../src/ingest/commit-group.ts';
import { countArticles } from '../../src/store/articles.ts';
import type { Db } from '../../src/store/db.ts';
import { openSqliteTemp, freshPgSchema, noPg } from '../store/backends.ts';
import { openDb } from '../../src/store/open.ts';
import { analysisOf } from '../store/fixtures.ts';

function counted(db: Db): { db: Db; transactions: () => number } {
  let n = 0;
  const transaction = db.transaction.bind(db);
  db.transaction = ((fn) => {
    n++;
    return transaction(fn);
  }) as Db['transaction'];
  return { db, transactions: () => n };
}

const article = (i: number) => analysisOf({ text: `Report number ${i} on the harbour works, in words of its own.`, url: `https://news.example/harbour-${i}` });

test('articles saved within the window share one transaction', async () => {
  const s = await openSqliteTemp();
  try {
    const { db, transactions } = counted(s.db);
    const group = new CommitGroup(db, { max: 64, windowMs: 500 });
    const saves: Promise<string>[] = [];
    for (let i = 0; i < 5; i++) {
      saves.push(group.save(article(i), {}));
      // Arrivals in separate turns of the event loop, as analyses from workers are.
      await new Promise((r) => setImmediate(r));
      await new Promise((r) => setImmediate(r));
    }
    assert.deepEqual(await Promise.all(saves), ['new', 'new', 'new', 'new', 'new']);
    assert.equal(transactions(), 1);
    assert.equal(await countArticles(s.db), 5);
  } finally {
    await s.cleanup();
  }
});

test('a full group and flushSoon commit without waiting out the window', async () => {
  const s = await openSqliteTemp();
  try {
    const { db, transactions } = counted(s.db);
    const group = new CommitGroup(db, { max: 3, windowMs: 60_000 });
    const t0 = performance.now();
    const full = [0, 1, 2].map((i) => group.save(article(i), {}));
    assert.deepEqual(await Promise.all(full), ['new', 'new', 'new']);
    const alone = group.save(article(3), {});
    group.flushSoon();
    assert.equal(await alone, 'new');
    assert.ok(performance.now() - t0 < 10_000, 'neither save waited for the 60 s window');
    assert.equal(transactions(), 2);
  } finally {
    await s.cleanup();
  }
});

test('SQLite: a group goes to the full-text index as one segment at commit; an article updated in the same group is indexed with its new words', async () => {
  const s = await openSqliteTemp();
  try {
    // FTS5 index segments: rows of articles_fts_data past the averages (1) and structure (10) records.
    const segments = async () => (await s.db.all<{ seg: number }>('SELECT DISTINCT id >> 37 AS seg FROM articles_fts_data WHERE id > 10')).length;
    const group = new CommitGroup(s.db, { max: 64, windowMs: 60_000 });
    const saves = Array.from({ length: 12 }, (_, i) => group.save(article(i), {}));
    group.flushSoon();
    assert.deepEqual(new Set(await Promise.all(saves)), new Set(['new']));
    // With a trigger filling the index, each article had been a segment of its own.
    assert.equal(await segments(), 1);
    const next = [12, 13].map((i) => group.save(article(i), {}));
    next.push(group.save(analysisOf({ text: 'Report number 12 rewritten about the dredging, in words of its own.', url: 'https://news.example/harbour-12' }), {}));
    group.flushSoon();
    assert.deepEqual(await Promise.all(next), ['new', 'new', 'updated']);
    const match = async (q: string) => (await s.db.all<{ rowid: number }>('SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid', [q])).map((r) => r.rowid);
    assert.deepEqual(await match('dredging'), [13]);
    assert.equal((await match('harbour')).length, 13);
    await s.db.run("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')");
  } finally {
    await s.cleanup();
  }
});

test('an article that fails rolls back alone; the rest of its group is saved', async () => {
  const s = await openSqliteTemp();
  try {
    const group = new CommitGroup(s.db, { max: 64, windowMs: 20 });
    const failing = group.save(article(1), {}, async (tx) => {
      await tx.run("INSERT INTO feed_items (feed_id, item_key, article_id, seen_at) VALUES (424242, 'x', NULL, 'now')");
    });
    const fine = [0, 2].map((i) => group.save(article(i), {}));
    await assert.rejects(failing, /FOREIGN KEY/);
    assert.deepEqual(await Promise.all(fine), ['new', 'new']);
    assert.equal(await countArticles(s.db), 2);
    const ids = (await s.db.all<{ canonical_url: string }>('SELECT canonical_url FROM articles ORDER BY canonical_url')).map((r) => r.canonical_url);
    assert.deepEqual(ids, ['https://news.example/harbour-0', 'https://news.example/harbour-2']);
  } finally {
    await s.cleanup();
  }
});

test('PostgreSQL: two workers\' groups over the same actors in opposite orders commit without a deadlock or a retry', { skip: noPg, timeout: 120_000 }, async () => {
  const { url, drop } = await freshPgSchema();
  // Two stores on one schema, as two worker processes have.
  const a = await openDb({ db: url });
  const b = await openDb({ db: url });
  try {
    const n = 24;
    const people = Array.from({ length: n }, (_, k) => `Person ${String.fromCharCode(65 + k)} Example`);
    const story = (w: string, i: number, person: string) => analysisOf({
      text: `${person} spoke in report ${w}-${i} about the harbour works, in words of its own.`,
      url: `https://news.example/${w}-${i}`, entities: [{ name: person }],
    });
    const ca = counted(a);
    const cb = counted(b);
    const ga = new CommitGroup(ca.db, { max: n, windowMs: 60_000 });
    const gb = new CommitGroup(cb.db, { max: n, windowMs: 60_000 });
    // Worker a names the people A..X in turn, worker b X..A: without turns, each group holds the
    // roll-up rows the other needs next.
    const saves = [
      ...people.map((p, i) => ga.save(story('a', i, p), {})),
      ...[...people].reverse().map((p, i) => gb.save(story('b', i, p), {})),
    ];
    assert.deepEqual(new Set(await Promise.all(saves)), new Set(['new']));
    assert.equal(ca.transactions() + cb.transactions(), 2, 'one transaction per group, no retries');
    assert.equal(await countArticles(a), 2 * n);
    const totals = await a.all<{ articles: number }>("SELECT articles FROM actor_totals WHERE actor_key LIKE '%example%'");
    assert.equal(totals.length, n);
    assert.ok(totals.every((t) => Number(t.articles) === 2), JSON.stringify(totals));
  } finally {
    await a.close();
    await b.close();
    await drop();
  }
});
