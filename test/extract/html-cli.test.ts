// `sitrep extract` and `sitrep analyze` on web pages, run as a user would.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createServer } from 'node:http';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { Meta, Paragraph } from '../../src/model/analysis.ts';
import { ROOT, SHARED, noShared, sitrep } from '../helpers/cli.ts';
import { tempDir } from '../helpers/tmp.ts';

const FIX = join(ROOT, 'test', 'fixtures', 'html');

test('extract --json prints the Article part of the contract', () => {
  const r = sitrep(['extract', join(FIX, 'jsonld-article.html'), '--json']);
  assert.equal(r.status, 0, r.stderr);
  const a = JSON.parse(r.stdout) as Record<string, unknown>;
  assert.deepEqual(Object.keys(a).sort(), ['id', 'meta', 'paragraphs', 'source', 'text']);
  const meta = Meta.parse(a.meta);
  assert.equal(meta.publisher, 'The Coastal Ledger');
  for (const p of a.paragraphs as unknown[]) Paragraph.parse(p);
  assert.match(a.text as string, /^The old harbour bridge/);
  assert.match(a.id as string, /^[0-9a-f]{64}$/);
});

test('extract without --json prints the metadata, then the text', () => {
  const r = sitrep(['extract', join(FIX, 'meta-tags.html')]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^title\s+Les vendanges commencent tôt cette année$/m);
  assert.match(r.stdout, /^authors\s+Claire Dubois$/m);
  assert.match(r.stdout, /Dans les vignobles de la région/);
});

test('a gzipped page is read like the page itself', () => {
  const dir = tempDir('sitrep-html-');
  const file = join(dir, 'page.html.gz');
  writeFileSync(file, gzipSync(readFileSync(join(FIX, 'time-rel-author.html'))));
  const r = sitrep(['extract', file, '--json']);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(JSON.parse(r.stdout).meta.authors, ['Nadia Okafor']);
});

test('a page with nothing to extract: exit 2 and one line naming the file', () => {
  const r = sitrep(['extract', join(FIX, 'empty-body.html')]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /^sitrep: .*empty-body\.html: no article text found in the HTML page\n$/);
  assert.equal(r.stdout, '');
});

test('analyze runs the same extraction on HTML input', () => {
  const e = JSON.parse(sitrep(['extract', join(FIX, 'visible-date-byline.html'), '--json']).stdout);
  const r = sitrep(['analyze', join(FIX, 'visible-date-byline.html'), '--json']);
  assert.equal(r.status, 0, r.stderr);
  const a = JSON.parse(r.stdout);
  assert.equal(a.text, e.text);
  assert.deepEqual(a.meta.authors, ['Henrik Larsen', 'Aiko Tanaka']);
  assert.equal(a.meta.dateline.country, 'KOR');
});

test('a URL: the HTTP charset header decides the decoding', async () => {
  const body = iconv.encode('<html><head><title>ニュース</title></head><body><div class="story"><p>東京都は、来年の春から新しい図書館を開くと発表しました。市民は本を借りることができます。</p><p>図書館は駅の近くにあり、毎日午後九時まで開いています。</p></div></body></html>', 'shift_jis');
  const server = createServer((_, res) => { res.writeHead(200, { 'content-type': 'text/html; charset=Shift_JIS' }); res.end(body); });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as { port: number }).port;
  try {
    // Run asynchronously: the server lives in this process.
    // The fetcher refuses loopback addresses unless told otherwise.
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'sitrep'), 'extract', `http://127.0.0.1:${port}/story`, '--json'], { cwd: ROOT, env: { ...process.env, SITREP_ALLOW_PRIVATE: '1' } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => { out += d; });
    child.stderr.on('data', (d: Buffer) => { err += d; });
    const status = await new Promise<number | null>((ok) => child.on('close', ok));
    assert.equal(status, 0, err);
    const a = JSON.parse(out);
    assert.match(a.text, /東京都は、来年の春から新しい図書館/);
    assert.equal(a.meta.title, 'ニュース');
    assert.equal(a.source.uri, `http://127.0.0.1:${port}/story`);
  } finally {
    server.close();
  }
});

test('a real page of the benchmark dev set extracts with title, date and author', { skip: noShared }, () => {
  const dir = join(SHARED, 'corpus', 'article-extraction-benchmark-dev', 'html');
  const file = readdirSync(dir).filter((f) => f.endsWith('.html.gz')).sort()[0];
  const r = sitrep(['extract', join(dir, file), '--json']);
  assert.equal(r.status, 0, r.stderr);
  const a = JSON.parse(r.stdout);
  assert.ok(a.text.length > 200);
  assert.ok(a.meta.title);
  assert.match(a.meta.published, /^\d{4}-\d{2}-\d{2}/);
});
