// `sitrep ingest`, `search`, `feeds` and `watch` as a user runs them: every input kind, reruns,
// failures reported, feeds over a loopback server.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { WARCRecord, WARCSerializer } from 'warcio';
import Database from 'better-sqlite3';
import { ROOT, type CliResult } from '../helpers/cli.ts';

/** bin/sitrep without blocking this process (the test's HTTP server must keep answering). */
function run(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [join(ROOT, 'bin', 'sitrep'), ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1', ...env } });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d) => (stdout += d));
    p.stderr.on('data', (d) => (stderr += d));
    p.on('close', (code) => resolve({ status: code ?? -1, stdout, stderr }));
  });
}

const page = (title: string, body: string) => `<!doctype html><html lang="en"><head><title>${title}</title></head><body><article><h1>${title}</h1>${body.split('\n').map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;

let dir: string;
let server: Server;
let base: string;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-ingest-'));
  server = createServer((req, res) => {
    if (req.url === '/robots.txt') return res.end('User-agent: *\nAllow: /\n');
    if (req.url === '/feed.xml') {
      res.setHeader('content-type', 'application/rss+xml');
      return res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Gazette</title><link>${base}/</link>
<item><title>Cranes return</title><link>${base}/news/cranes</link><guid>cranes-1</guid><pubDate>Tue, 01 Mar 2016 10:00:00 GMT</pubDate></item>
<item><title>Ferry strike ends</title><link>${base}/news/ferry</link><guid>ferry-1</guid><pubDate>Wed, 02 Mar 2016 10:00:00 GMT</pubDate></item>
</channel></rss>`);
    }
    if (req.url === '/half.xml') {
      res.setHeader('content-type', 'application/rss+xml');
      return res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Quay Notes</title><link>${base}/</link>
<item><title>Cranes return</title><link>${base}/news/cranes</link><guid>cranes-2</guid></item>
<item><title>Gone</title><link>${base}/news/gone</link><guid>gone-1</guid></item>
</channel></rss>`);
    }
    if (req.url === '/news/cranes') { res.setHeader('content-type', 'text/html'); return res.end(page('Cranes return', 'The port authority said on Monday that the old cranes will return to the east quay next spring.\nWorkers welcomed the decision.')); }
    if (req.url === '/news/ferry') { res.setHeader('content-type', 'text/html'); return res.end(page('Ferry strike ends', 'Ferry crews ended a three-day strike on Tuesday after the operator agreed to new rosters.\nServices resume at dawn.')); }
    res.statusCode = 404;
    res.end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(async () => {
  await new Promise<void>((r) => server.close(() => r()));
  rmSync(dir, { recursive: true, force: true });
});

async function warc(): Promise<Uint8Array> {
  const body = new TextEncoder().encode(page('Lighthouse keeper retires', 'The last keeper of the north lighthouse retired on Friday after forty years of service.'));
  async function* content() { yield body; }
  const response = WARCRecord.create({ url: 'https://archive.example/lighthouse', date: '2016-03-04T12:00:00Z', type: 'response', warcVersion: 'WARC/1.1',
    statusline: 'HTTP/1.1 200 OK', httpHeaders: { 'Content-Type': 'text/html; charset=utf-8' } }, content());
  async function* none() { /* a request has no body */ }
  const request = WARCRecord.create({ url: 'https://archive.example/lighthouse', date: '2016-03-04T12:00:00Z', type: 'request', warcVersion: 'WARC/1.1',
    statusline: 'GET /lighthouse HTTP/1.1', httpHeaders: { Host: 'archive.example' } }, none());
  const parts = [await WARCSerializer.serialize(request), await WARCSerializer.serialize(response)];
  return Buffer.concat(parts.map((p) => Buffer.from(p)));
}

test('ingest reads txt, html, html.gz, JSONL and WARC from a directory; a rerun stores nothing twice', async () => {
  const src = join(dir, 'in');
  mkdirSync(join(src, 'sub'), { recursive: true });
  writeFileSync(join(src, 'bridge.txt'), 'The river bridge in Dorfstadt reopened on Monday after two years of repairs, the council said.\n\nTraffic is expected to return to normal by the weekend.\n');
  writeFileSync(join(src, 'sub', 'market.html'), page('Market hall saved', 'Voters chose on Sunday to keep the old market hall open, the mayor announced.'));
  writeFileSync(join(src, 'sub', 'school.html.gz'), gzipSync(page('New school opens', 'A new school opened in the valley on Wednesday, serving four villages.')));
  writeFileSync(join(src, 'batch.jsonl'), [
    JSON.stringify({ id: 'j1', text: 'The harbour board approved a new pier on Thursday.', published: '2016-03-03', title: 'New pier', publisher: 'Harbour Gazette' }),
    JSON.stringify({ id: 'j2', html: page('Harbour fees cut', 'The harbour board cut mooring fees on Friday.'), url: 'https://gazette.example/fees' }),
    '{"id": "j3", "text": ',
  ].join('\n'));
  writeFileSync(join(src, 'archive.warc'), await warc());
  writeFileSync(join(src, 'notes.pdf'), '%PDF-1.4 not an article');
  const db = join(dir, 'a.db');

  const first = await run(['ingest', src, '--db', db, '--json', '--threads', '0']);
  assert.equal(first.status, 1, first.stderr);
  const s1 = JSON.parse(first.stdout);
  assert.deepEqual({ new: s1.new, duplicate: s1.duplicate, failed: s1.failed, skipped: s1.skipped }, { new: 6, duplicate: 0, failed: 1, skipped: 1 });
  assert.deepEqual(s1.failures, [{ input: `${join(src, 'batch.jsonl')}:3`, reason: 'not valid JSON' }]);

  const second = await run(['ingest', src, '--db', db, '--json', '--threads', '1']);
  const s2 = JSON.parse(second.stdout);
  assert.deepEqual({ new: s2.new, updated: s2.updated, duplicate: s2.duplicate }, { new: 0, updated: 0, duplicate: 6 });

  const found = await run(['search', 'harbour', '--db', db, '--json']);
  assert.equal(found.status, 0, found.stderr);
  const r = JSON.parse(found.stdout);
  assert.equal(r.total, 2);
  assert.deepEqual(r.hits.map((h: { title: string }) => h.title).sort(), ['Harbour fees cut', 'New pier']);
  for (const h of r.hits) for (const [a, b] of h.highlights) assert.match(h.snippet.slice(a, b), /^harbour$/i);
  const warcHit = JSON.parse((await run(['search', 'lighthouse', '--db', db, '--json'])).stdout);
  assert.equal(warcHit.hits[0].uri, 'https://archive.example/lighthouse');

  const text = await run(['search', 'harbour', '--db', db]);
  assert.match(text.stdout, /^2 articles/);
  assert.match(text.stdout, /facets/);
});

test('bad inputs give one-line errors and exit codes', async () => {
  const db = join(dir, 'b.db');
  const missing = await run(['ingest', join(dir, 'nope.txt'), '--db', db, '--json']);
  assert.equal(missing.status, 1);
  assert.equal(JSON.parse(missing.stdout).failures[0].reason, 'no such file or directory');
  const badFlag = await run(['ingest', dir, '--db', db, '--threads', 'many']);
  assert.equal(badFlag.status, 2);
  assert.equal(badFlag.stderr.trim().split('\n').length, 1);
  const badDate = await run(['search', 'x', '--db', db, '--since', 'March']);
  assert.equal(badDate.status, 2);
  assert.match(badDate.stderr, /--since: expected a date/);
});

test('feeds: loopback refused by default; add, watch --once, and a second poll finds nothing new', async () => {
  const db = join(dir, 'f.db');
  const refused = await run(['ingest', `${base}/feed.xml`, '--db', db, '--json']);
  assert.equal(refused.status, 1);
  assert.match(JSON.parse(refused.stdout).failures[0].reason, /private or loopback/);

  assert.equal((await run(['feeds', 'add', `${base}/feed.xml`, '--db', db])).status, 0);
  const w1 = await run(['watch', '--once', '--allow-private', '--delay', '0', '--db', db]);
  assert.equal(w1.status, 0, w1.stderr);
  assert.match(w1.stdout, /2 items, 2 new; next in 15 min/);
  const list = JSON.parse((await run(['feeds', 'list', '--json', '--db', db])).stdout);
  assert.equal(list[0].title, 'Harbour Gazette');
  assert.equal(list[0].itemsTotal, 2);
  assert.equal(list[0].intervalS, 900);

  const again = await run(['ingest', `${base}/feed.xml`, '--db', db, '--json', '--allow-private', '--delay', '0']);
  const s = JSON.parse(again.stdout);
  assert.deepEqual({ new: s.new, failed: s.failed }, { new: 0, failed: 0 });
  const hits = JSON.parse((await run(['search', 'ferry', '--db', db, '--json'])).stdout);
  assert.equal(hits.hits[0].published, '2016-03-02');
  assert.equal(hits.hits[0].publisher, 'Harbour Gazette');
});

test('watch: an item that fails is not new, on this poll or the next', async () => {
  const db = join(dir, 'half.db');
  assert.equal((await run(['feeds', 'add', `${base}/half.xml`, '--db', db])).status, 0);
  const w1 = await run(['watch', '--once', '--allow-private', '--delay', '0', '--db', db]);
  assert.match(w1.stdout, /2 items, 1 new, 1 failed/);
  // The clock moves on: the feed is due again.
  const store = new Database(db);
  store.prepare("UPDATE feeds SET next_poll = '2000-01-01T00:00:00.000Z'").run();
  store.close();
  const w2 = await run(['watch', '--once', '--allow-private', '--delay', '0', '--db', db]);
  assert.match(w2.stdout, /2 items, 0 new, 1 failed/);
  const list = JSON.parse((await run(['feeds', 'list', '--json', '--db', db])).stdout);
  assert.equal(list[0].itemsTotal, 1);
});
