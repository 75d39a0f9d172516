// Scale-out for real: `sitrep ingest --enqueue` fills the PostgreSQL job queue, two `sitrep worker`
// processes drain it side by side, and the store holds every article exactly once, even when the
// same input was queued twice. Needs a PostgreSQL server (scripts/setup-postgres.sh).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { sitrepAsync } from '../helpers/cli.ts';
import { freshPgSchema, noPg } from '../store/backends.ts';
import { queueSchema, startBoss, enqueue, startWorker, INGEST_QUEUE } from '../../src/ingest/queue.ts';
import { expandInputs } from '../../src/ingest/items.ts';
import { Fetcher } from '../../src/ingest/fetcher.ts';
import { openDb } from '../../src/store/open.ts';
import type { Db } from '../../src/store/db.ts';
import { countArticles } from '../../src/store/articles.ts';
import { jsonl } from './generate.ts';

const N = 120;

async function scalar(url: string, sql: string): Promise<number> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return Number((await c.query<{ n: string }>(sql)).rows[0].n);
  } finally {
    await c.end();
  }
}

test('the queue lives beside the store: a store in its own schema gets its own queue', () => {
  assert.equal(queueSchema('postgres://u@h/db'), 'pgboss');
  assert.equal(queueSchema('postgres://u@h/db?options=-c%20search_path%3Dnews'), 'news_queue');
  assert.equal(queueSchema('not a url'), 'pgboss');
});

test('two workers drain a queue filled twice: every article stored exactly once, failures reported', { skip: noPg, timeout: 600_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-worker-'));
  const { url, drop } = await freshPgSchema();
  try {
    const input = join(dir, 'articles.jsonl');
    // One line only a worker can find wanting (a page with no article), reported in its summary.
    writeFileSync(input, `${jsonl(N)}${JSON.stringify({ id: 'menu-only', html: '<html><body><nav><a href="/">Home</a></nav></body></html>' })}\n`);
    for (let round = 0; round < 2; round++) {
      const q = await sitrepAsync(['ingest', input, '--db', url, '--enqueue', '--json']);
      assert.equal(q.status, 0, q.stderr);
      assert.equal(JSON.parse(q.stdout).queued, N + 1);
    }
    const worker = () => sitrepAsync(['worker', '--db', url, '--exit-when-idle', '--no-feeds', '--threads', '0', '--batch', '8']);
    const [a, b] = await Promise.all([worker(), worker()]);
    for (const w of [a, b]) assert.equal(w.status, 0, w.stderr);

    // Each worker prints its own summary; together they account for every queued job.
    const counts = [a, b].map((w) => {
      const m = /ingested: (\d+) new, (\d+) updated, (\d+) duplicate, (\d+) failed/.exec(w.stdout);
      assert.ok(m, `a worker summary line in: ${w.stdout}`);
      return m.slice(1).map(Number);
    });
    const total = counts.reduce((s, c) => s.map((x, i) => x + c[i]));
    assert.equal(total[0], N, 'new articles across both workers');
    assert.equal(total[0] + total[1] + total[2] + total[3], 2 * (N + 1), 'every job handled once');
    assert.ok(counts.every((c) => c[0] + c[2] > 0), `both workers took jobs: ${JSON.stringify(counts)}`);
    assert.match(a.stderr + b.stderr, /failed: \S+:121: .*no article text/);

    assert.equal(await scalar(url, 'SELECT COUNT(*) AS n FROM articles'), N);
    assert.equal(await scalar(url, 'SELECT COUNT(DISTINCT content_hash) AS n FROM articles'), N);
    assert.ok(await scalar(url, 'SELECT COUNT(*) AS n FROM article_events') > 0, 'analyses stored with their events');
    assert.equal(await scalar(url, `SELECT COUNT(*) AS n FROM ${queueSchema(url)}.job WHERE name = 'sitrep-ingest' AND state IN ('created', 'active', 'retry')`), 0);
  } finally {
    await drop();
    rmSync(dir, { recursive: true, force: true });
  }
});

/** Queues n generated articles in a fresh store; returns its URL and clean-up. */
async function queued(n: number, dir: string): Promise<{ url: string; drop(): Promise<void> }> {
  const { url, drop } = await freshPgSchema();
  const input = join(dir, 'articles.jsonl');
  writeFileSync(input, jsonl(n));
  const boss = await startBoss(url);
  const r = await enqueue(boss, expandInputs([input]));
  await boss.stop({ graceful: false, wait: true });
  assert.equal(r.queued, n);
  return { url, drop };
}

async function jobStates(url: string): Promise<Record<string, number>> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const rows = (await c.query<{ state: string; n: string }>(`SELECT state, COUNT(*) AS n FROM ${queueSchema(url)}.job WHERE name = $1 GROUP BY state`, [INGEST_QUEUE])).rows;
    return Object.fromEntries(rows.map((r) => [r.state, Number(r.n)]));
  } finally {
    await c.end();
  }
}

/** Runs fn against a fresh store with n generated articles queued, an open store and a fetcher; cleans up after. */
async function withQueue(n: number, fn: (q: { url: string; db: Db; fetcher: Fetcher }) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-worker-'));
  const { url, drop } = await queued(n, dir);
  const db = await openDb({ db: url });
  const fetcher = new Fetcher();
  try {
    await fn({ url, db, fetcher });
  } finally {
    await fetcher.close();
    await db.close();
    await drop();
    rmSync(dir, { recursive: true, force: true });
  }
}

test('a worker keeps its pipeline full: it fetches again as jobs finish, not once per poll interval', { skip: noPg, timeout: 300_000 }, async () => {
  const N = 60;
  const batch = 4;
  const pollMs = 5000;
  await withQueue(N, async ({ url, db, fetcher }) => {
    const t0 = performance.now();
    // At most 4 jobs in hand and 5 s between polls of an empty queue: taking one batch per poll
    // interval, as a poll loop that awaits each batch does, would need 60 / 4 * 5 s = 75 s.
    const w = await startWorker({ db, url, fetcher, threads: 0, batchSize: batch, feeds: false, pollMs });
    await w.idle(200);
    const secs = (performance.now() - t0) / 1000;
    await w.stop();
    assert.equal(w.stats.completed, N, 'every job acknowledged');
    assert.ok(w.stats.fetches >= N / batch, `refetched as room freed up: ${JSON.stringify(w.stats)}`);
    // Only the fetch that found the queue empty at the end (and perhaps one racing it) came back empty.
    assert.ok(w.stats.emptyFetches <= 2, `never waited out a poll interval with jobs queued: ${JSON.stringify(w.stats)}`);
    assert.ok(secs < (N / batch) * (pollMs / 1000) / 2, `drained in ${secs.toFixed(1)} s`);
    assert.equal(w.ingester.summary.new, N);
    assert.equal(await countArticles(db), N);
    assert.deepEqual(await jobStates(url), { completed: N });
  });
});

test('a stopped worker finishes the jobs in hand and leaves the rest queued; another worker completes them, every article once', { skip: noPg, timeout: 300_000 }, async () => {
  const N = 80;
  await withQueue(N, async ({ url, db, fetcher }) => {
    const first = await startWorker({ db, url, fetcher, threads: 0, batchSize: 8, feeds: false });
    while (first.ingester.summary.done < 10) await new Promise((r) => setTimeout(r, 20));
    await first.stop();
    const states = await jobStates(url);
    assert.equal(states.active, undefined, `no job left active: ${JSON.stringify(states)}`);
    assert.equal(states.completed, first.stats.completed);
    assert.ok(first.stats.completed < N, 'stopped before the queue was empty');
    // Acknowledged means committed: the store holds exactly the completed jobs' articles.
    assert.equal(await countArticles(db), first.stats.completed);

    const second = await startWorker({ db, url, fetcher, threads: 0, feeds: false });
    await second.idle(200);
    await second.stop();
    assert.equal(first.stats.completed + second.stats.completed, N);
    assert.equal(await countArticles(db), N);
    assert.deepEqual(await jobStates(url), { completed: N });
  });
});
