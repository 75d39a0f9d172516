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
import { queueSchema } from '../../src/ingest/queue.ts';
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
