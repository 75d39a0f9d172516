// Crash safety for real: kill -9 an ingest of 10,000 articles part way, run it again, and the store
// holds every article exactly once, with its search index and rows intact.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ROOT } from '../helpers/cli.ts';

const N = 10_000;
const KILL_AT = 1_500;

/** One short sentence each, all different, so the test measures the store rather than the NLP. */
function lines(): string {
  let out = '';
  for (let i = 0; i < N; i++) {
    const text = `Item ${i}: the harbour board of town ${i % 97} met the rail office on ${(i % 28) + 1} March to discuss lease ${i * 7}.`;
    out += `${JSON.stringify({ id: `c${i}`, text, published: '2016-03-01', title: `Harbour item ${i}`, publisher: ['North Post', 'South Wire'][i % 2] })}\n`;
  }
  return out;
}

function count(dbPath: string, sql: string): number {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 2000');
    return Number((db.prepare(sql).get() as { n: number }).n);
  } finally {
    db.close();
  }
}

test('kill -9 during a 10k ingest, then rerun: exact count, no duplicates', { timeout: 1_200_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-crash-'));
  try {
    const input = join(dir, 'articles.jsonl');
    const dbPath = join(dir, 'sitrep.db');
    writeFileSync(input, lines());
    const args = [join(ROOT, 'bin', 'sitrep'), 'ingest', input, '--db', dbPath, '--threads', '1', '--json', '-q'];

    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((r) => child.on('exit', (code, signal) => r({ code, signal })));
    let killedAt = -1;
    for (;;) {
      const state = await Promise.race([exited, new Promise<null>((r) => setTimeout(() => r(null), 50))]);
      if (state) assert.fail(`ingest ended before it could be killed (code ${state.code}): ${stderr}`);
      let n = 0;
      try {
        n = count(dbPath, 'SELECT COUNT(*) AS n FROM articles');
      } catch {
        continue; // not created yet, or mid-migration
      }
      if (n >= KILL_AT) {
        child.kill('SIGKILL');
        killedAt = n;
        break;
      }
    }
    const end = await exited;
    assert.equal(end.signal, 'SIGKILL');
    const survived = count(dbPath, 'SELECT COUNT(*) AS n FROM articles');
    assert.ok(survived >= killedAt && survived < N, `after the kill the store holds ${survived} articles`);

    const rerun = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    assert.equal(rerun.status, 0, rerun.stderr);
    const summary = JSON.parse(rerun.stdout) as { new: number; updated: number; duplicate: number; failed: number };
    // Every article the killed run committed is recognised; everything else is stored now.
    assert.deepEqual({ new: summary.new, updated: summary.updated, duplicate: summary.duplicate, failed: summary.failed },
      { new: N - survived, updated: 0, duplicate: survived, failed: 0 });

    assert.equal(count(dbPath, 'SELECT COUNT(*) AS n FROM articles'), N);
    assert.equal(count(dbPath, 'SELECT COUNT(DISTINCT source_id) AS n FROM articles'), N);
    assert.equal(count(dbPath, 'SELECT COUNT(DISTINCT content_hash) AS n FROM articles'), N);
    assert.equal(count(dbPath, 'SELECT COUNT(*) AS n FROM article_entities WHERE article_id NOT IN (SELECT id FROM articles)'), 0);
    assert.equal(count(dbPath, "SELECT COUNT(*) AS n FROM articles_fts WHERE articles_fts MATCH '\"harbour board\"'"), N);
    const db = new Database(dbPath);
    try {
      // Throws when the full-text index disagrees with the articles table.
      db.prepare("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')").run();
      assert.equal((db.pragma('integrity_check') as Array<{ integrity_check: string }>)[0].integrity_check, 'ok');
    } finally {
      db.close();
    }

    const again = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    assert.equal(again.status, 0, again.stderr);
    assert.deepEqual(JSON.parse(again.stdout).new, 0);
    assert.equal(count(dbPath, 'SELECT COUNT(*) AS n FROM articles'), N);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
