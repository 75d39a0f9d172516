// The group commit on a real SQLite file: articles arriving within the window share one
// transaction, a full group or flushSoon does not wait the window out, and an article that fails
// rolls back alone while the rest of its group is saved.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CommitGroup } from '../../src/ingest/commit-group.ts';
import { countArticles } from '../../src/store/articles.ts';
import type { Db } from '../../src/store/db.ts';
import { openSqliteTemp } from '../store/backends.ts';
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
