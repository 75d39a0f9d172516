// `sitrep analyze URL`: a page served on loopback, the SSRF guard, and HTTP failures.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { validateAnalysis } from '../../src/model/analysis.ts';
import { sitrepAsync } from '../helpers/cli.ts';

const PAGE = `<!doctype html><html lang="en"><head><title>Ministers meet in Cairo</title>
<meta property="og:site_name" content="Example Gazette"><meta name="author" content="Nadia Farouk">
<meta property="article:published_time" content="2024-03-04T09:00:00Z"></head>
<body><nav>Home | World | Sport</nav><article><h1>Ministers meet in Cairo</h1>
<p>CAIRO — Foreign ministers from Egypt and Jordan met on Monday to discuss the situation in Gaza, officials said.</p>
<p>"We need a ceasefire now," the Egyptian foreign minister told reporters after the talks ended.</p>
</article><footer>Copyright 2024 Example Gazette</footer></body></html>`;

const server = createServer((req, res) => {
  if (req.url === '/robots.txt') { res.writeHead(404).end(); return; }
  if (req.url === '/article') { res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE); return; }
  res.writeHead(404, { 'content-type': 'text/plain' }).end('not here');
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
after(() => server.close());

test('a web page by URL is fetched, extracted and analysed', async () => {
  const r = await sitrepAsync(['analyze', `${base}/article`, '--json'], { SITREP_ALLOW_PRIVATE: '1' });
  assert.equal(r.status, 0, r.stderr);
  const a = validateAnalysis(JSON.parse(r.stdout));
  assert.equal(a.source.uri, `${base}/article`);
  assert.equal(a.meta.title, 'Ministers meet in Cairo');
  assert.ok(a.text.includes('Foreign ministers from Egypt and Jordan'));
  assert.ok(!a.text.includes('Home | World'), 'navigation dropped');
  assert.equal(a.meta.dateline?.country, 'EGY');
});

test('loopback addresses are refused unless allowed', async () => {
  const r = await sitrepAsync(['analyze', `${base}/article`]);
  assert.notEqual(r.status, 0);
  assert.match(r.stderr, /^sitrep: .*127\.0\.0\.1.*(private|loopback)/);
  assert.equal(r.stderr.trim().split('\n').length, 1);
});

test('an HTTP error is one line and exit code 1', async () => {
  const r = await sitrepAsync(['analyze', `${base}/missing`], { SITREP_ALLOW_PRIVATE: '1' });
  assert.equal(r.status, 1, r.stderr);
  assert.match(r.stderr, /missing.*404/);
  assert.equal(r.stderr.trim().split('\n').length, 1);
});
