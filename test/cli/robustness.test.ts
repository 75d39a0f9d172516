// A demanding user's inputs across the commands: each bad one is one line naming it, the right
// exit code and no stack trace, and a batch stores its good inputs whatever the bad ones do.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ROOT, sitrep, sitrepAsync, type CliResult } from '../helpers/cli.ts';
import { openDb } from '../../src/store/open.ts';
import { tempDir } from '../helpers/tmp.ts';

const dir = tempDir('sitrep-robust-');
const path = (name: string) => join(dir, name);

function assertOneLineError(r: CliResult, code: number, ...words: string[]): string {
  assert.equal(r.status, code, `exit code (stderr: ${r.stderr})`);
  const lines = r.stderr.trim().split('\n');
  assert.equal(lines.length, 1, `one line, got:\n${r.stderr}`);
  assert.doesNotMatch(r.stderr, /\n\s+at |Error:|internal error/, 'no stack trace, no internal error');
  for (const w of words) assert.ok(lines[0].includes(w), `"${lines[0]}" should mention ${w}`);
  return lines[0];
}

async function serve(handler: Parameters<typeof createServer>[1]): Promise<{ server: Server; base: string }> {
  const server = createServer(handler);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

test('ingest: a batch mixing good files with a truncated WARC, a file that is no WARC and a 404 stores the good one and names each failure', { timeout: 180_000 }, async () => {
  const { server, base } = await serve((req, res) => {
    res.writeHead(404, { 'content-type': 'text/html' });
    res.end('<h1>Not found</h1>');
  });
  try {
    const good = path('good.txt');
    copyFileSync(join(ROOT, 'test', 'fixtures', 'text', 'wire-ap.txt'), good);
    // The record says 99,999 bytes; the file ends after a few. warcio skipped such a record forever.
    writeFileSync(path('cut.warc'), 'WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\nHTTP/1.1 200 OK\r\n');
    writeFileSync(path('cut-html.warc'), 'WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://a.example/x\r\nContent-Length: 99999\r\n\r\n'
      + 'HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>Short.');
    writeFileSync(path('notes.warc'), 'these are my notes, not an archive\n');
    const db = path('mixed.db');
    const args = ['ingest', good, path('cut.warc'), path('cut-html.warc'), path('notes.warc'), `${base}/gone`, '--db', db, '--allow-private', '--delay', '0', '--threads', '0'];
    const r = await sitrepAsync(args);
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stdout, /^ingested: 1 new, 0 updated, 0 duplicate, 4 failed/);
    const failures = r.stdout.split('\n').filter((l) => l.startsWith('  failed: '));
    assert.equal(failures.length, 4, r.stdout);
    assert.ok(failures.some((l) => l.includes('cut.warc#1') && l.includes('ends inside')), r.stdout);
    assert.ok(failures.some((l) => l.includes('cut-html.warc#1') && l.includes('http://a.example/x')), r.stdout);
    assert.ok(failures.some((l) => l.includes('notes.warc#1') && l.includes('not a WARC file')), r.stdout);
    assert.ok(failures.some((l) => l.includes(`${base}/gone`) && l.includes('404')), r.stdout);
    // Each line names its input once: "failed: X: reason", not "failed: X: X: reason".
    for (const l of failures) {
      const input = l.slice('  failed: '.length).split(': ')[0];
      assert.equal(l.split(input).length - 1, 1, l);
    }
    const again = await sitrepAsync(args);
    assert.match(again.stdout, /^ingested: 0 new, 0 updated, 1 duplicate, 4 failed/, again.stdout);
    const found = JSON.parse(sitrep(['search', '', '--db', db, '--json']).stdout);
    assert.equal(found.total, 1);
  } finally {
    server.close();
  }
});

test('a store that cannot be opened is one line naming it, without the password', () => {
  const line = assertOneLineError(sitrep(['search', 'x', '--db', 'postgres://sitrep:hunter2@127.0.0.1:1/none']), 1, '127.0.0.1:1', 'cannot open the store');
  assert.ok(!line.includes('hunter2'), line);
  assertOneLineError(sitrep(['subscribers', 'list', '--db', 'postgres://127.0.0.1:1/none']), 1, '127.0.0.1:1');
  writeFileSync(path('a-file'), 'not a directory');
  assertOneLineError(sitrep(['feeds', 'list', '--data-dir', join(path('a-file'), 'sub')]), 1, 'a-file', 'cannot open the store');
  // A command that only reads says there is no store there rather than trying to make one.
  assertOneLineError(sitrep(['search', 'x', '--data-dir', join(path('a-file'), 'sub')]), 2, 'a-file', 'no sitrep database');
  assertOneLineError(sitrep(['search', 'x', '--db', '']), 2, '--db');
});

test('export to a file that cannot be written is one line naming the file', { skip: !existsSync('/dev/full') && 'no /dev/full here' }, async () => {
  await (await openDb({ db: path('empty.db') })).close();
  assertOneLineError(sitrep(['export', '--format', 'csv', '--out', '/dev/full', '--db', path('empty.db')]), 1, '/dev/full', 'cannot write');
});

test('flag values that name no real day, country, event type or status are usage errors', () => {
  const db = path('flags.db');
  assertOneLineError(sitrep(['search', 'x', '--since', '2023-02-30', '--db', db]), 2, '--since', '2023-02-30');
  assertOneLineError(sitrep(['export', '--format', 'csv', '--until', '2023-02-29', '--db', db]), 2, '--until');
  assertOneLineError(sitrep(['search', 'x', '--country', 'XXX', '--db', db]), 2, '--country', 'XXX');
  assertOneLineError(sitrep(['subscribers', 'add', 'a@example.com', '--event-types', 'ASSAULT,BOGUS', '--db', db]), 2, '--event-types', 'BOGUS');
  assertOneLineError(sitrep(['subscribers', 'add', 'a@example.com', '--countries', 'PRK,XXX', '--db', db]), 2, '--countries', 'XXX');
  assertOneLineError(sitrep(['watchlists', 'add', 'w', '--countries', 'XXX', '--db', db]), 2, '--countries', 'XXX');
  assertOneLineError(sitrep(['watchlists', 'add', 'w', '--pairs', 'PRK-XXX', '--db', db]), 2, '--pairs', 'XXX');
  assertOneLineError(sitrep(['watchlists', 'add', 'w', '--countries', 'PRK', '--statuses', 'bogus', '--db', db]), 2, '--statuses', 'bogus');
  assertOneLineError(sitrep(['kb', 'search', 'kim', '--date', '2023-13-45']), 2, '--date', '2023-13-45');
  assertOneLineError(sitrep(['kb', 'search', 'kim', '--date', 'someday']), 2, '--date', 'someday');
  // Nothing of the refused ones was stored.
  assert.equal(sitrep(['watchlists', 'list', '--db', db]).stdout, '');
  assert.equal(sitrep(['subscribers', 'list', '--db', db]).stdout, '');
});

test('serve that cannot listen fails with one line and starts nothing else (no briefing archived)', async () => {
  const { server, base } = await serve((_req, res) => res.end());
  try {
    const port = base.split(':').pop()!;
    const r = await sitrepAsync(['serve', '--port', port, '--db', path('serve.db'), '--data-dir', path('serve-data')]);
    assertOneLineError(r, 1, `127.0.0.1:${port}`, 'cannot listen');
  } finally {
    server.close();
  }
});

test('watch --once: a feed that is a 404 or an HTML page fails the run, each named once', { timeout: 120_000 }, async () => {
  const { server, base } = await serve((req, res) => {
    if (req.url === '/page') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html><body><p>Not a feed.</p></body></html>');
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  try {
    const db = path('watch.db');
    assert.equal(sitrep(['feeds', 'add', `${base}/gone`, '--db', db]).status, 0);
    assert.equal(sitrep(['feeds', 'add', `${base}/page`, '--db', db]).status, 0);
    const r = await sitrepAsync(['watch', '--once', '--allow-private', '--delay', '0', '--threads', '0', '--db', db]);
    assert.equal(r.status, 1, r.stderr);
    const lines = r.stderr.trim().split('\n');
    assert.equal(lines.length, 2, r.stderr);
    const gone = lines.find((l) => l.includes(`${base}/gone`));
    assert.ok(gone && /404/.test(gone) && gone.split(`${base}/gone`).length === 2, r.stderr);
    assert.ok(lines.some((l) => l.includes(`${base}/page`) && /not an RSS, Atom or JSON feed/.test(l)), r.stderr);
    const list = sitrep(['feeds', 'list', '--db', db]).stdout;
    assert.equal(list.split(`${base}/gone`).length, 2, list);
  } finally {
    server.close();
  }
});

test('analyze: terminal escapes in the article never reach the terminal view', () => {
  writeFileSync(path('escapes.txt'), 'SEOUL, South Korea \u2014 Kim Jong-un said \u001b[31mRED\u001b[0m on Monday that talks with \u001b]0;pwned\u0007Seoul would resume, officials said.\n\n'
    + '"We will talk \u001b[2J now," Kim Jong-un said.\n');
  const r = sitrep(['analyze', path('escapes.txt')]);
  assert.equal(r.status, 0, r.stderr);
  assert.ok(r.stdout.includes('We will talk'), r.stdout);
  assert.doesNotMatch(r.stdout, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
});

test('ingest: a damaged .jsonl.gz is named as the file, not as its line 0', () => {
  writeFileSync(path('lines.jsonl.gz'), Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3, 4, 5]));
  const r = sitrep(['ingest', path('lines.jsonl.gz'), '--db', path('gz.db'), '--threads', '0']);
  assert.equal(r.status, 1, r.stderr);
  assert.match(r.stdout, new RegExp(`failed: ${path('lines.jsonl.gz').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: cannot read it`), r.stdout);
});

test('ingest: an empty WARC, one cut after its first line and an empty directory each fail, named, rather than report nothing done', () => {
  writeFileSync(path('empty.warc'), '');
  writeFileSync(path('cut-head.warc'), 'WARC/1.0\r\n');
  const empty = path('inbox');
  mkdirSync(empty);
  const r = sitrep(['ingest', path('empty.warc'), path('cut-head.warc'), empty, '--db', path('nothing.db'), '--threads', '0']);
  assert.equal(r.status, 1, r.stdout);
  assert.match(r.stdout, /^ingested: 0 new, 0 updated, 0 duplicate, 3 failed/);
  assert.ok(r.stdout.includes(`failed: ${path('empty.warc')}: no WARC records in it`), r.stdout);
  assert.ok(r.stdout.includes(`failed: ${path('cut-head.warc')}#1: damaged WARC file`), r.stdout);
  assert.ok(r.stdout.includes(`failed: ${empty}: no files in this directory`), r.stdout);
});

test('a device or pipe that never ends is cut at the size limit, not read until memory runs out', { skip: !existsSync('/dev/zero') && 'no /dev/zero here', timeout: 60_000 }, () => {
  assertOneLineError(sitrep(['analyze', '/dev/zero', '--max-mb', '1']), 2, '/dev/zero', 'limit');
  assertOneLineError(sitrep(['analyze', '-', '--max-mb', '1'], Buffer.alloc(3 * 1024 * 1024, 0x61)), 2, 'stdin', 'limit');
  const r = sitrep(['ingest', '/dev/zero', '--max-mb', '1', '--db', path('dev.db'), '--threads', '0']);
  assert.equal(r.status, 1, r.stderr);
  assert.match(r.stdout, /failed: \/dev\/zero: .*limit/, r.stdout);
});

test('a data directory that cannot hold the briefing settings is one line naming it', () => {
  writeFileSync(path('plain-file'), 'x');
  const dataDir = join(path('plain-file'), 'data');
  assertOneLineError(sitrep(['brief', '--data-dir', dataDir, '--db', path('cfg.db')]), 1, dataDir, 'settings');
  assertOneLineError(sitrep(['subscribers', 'add', 'a@example.com', '--data-dir', dataDir, '--db', path('cfg.db')]), 1, dataDir, 'settings');
});

test('a mistyped --db is refused by the commands that read or remove, and another program\'s database is left untouched', async () => {
  const typo = path(join('no-such', 'sitrp.db'));
  for (const args of [['brief', '--week', '2023-W37'], ['feeds', 'list'], ['subscribers', 'list'], ['watchlists', 'list'], ['watchlists', 'remove', 'x']]) {
    assertOneLineError(sitrep([...args, '--db', typo]), 2, typo, 'no sitrep database');
  }
  assert.ok(!existsSync(path('no-such')), 'nothing created');
  const foreign = path('notes.db');
  const { default: Database } = await import('better-sqlite3');
  const d = new Database(foreign);
  d.exec('CREATE TABLE notes (id INTEGER, body TEXT)');
  d.close();
  const before = readFileSync(foreign);
  for (const args of [['search', 'talks'], ['ingest', join(ROOT, 'README.md')], ['brief', '--week', '2023-W37']]) {
    assertOneLineError(sitrep([...args, '--db', foreign]), 2, foreign, 'not a sitrep store', 'notes');
  }
  assert.deepEqual(readFileSync(foreign), before, 'the file is unchanged');
  assert.ok(!existsSync(`${foreign}-wal`));
});
