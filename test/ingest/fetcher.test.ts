// The fetcher against a real HTTP server on 127.0.0.1 (allowed explicitly, as loopback is refused by default).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server, type IncomingMessage } from 'node:http';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { Fetcher, isPrivateAddress, FetchError } from '../../src/ingest/fetcher.ts';

let server: Server;
let base: string;
const seen: IncomingMessage[] = [];
const starts: Record<string, number[]> = {};
let flaky = 0;
const PAGE = '<html><head><title>Harbour</title></head><body><p>The harbour reopened.</p></body></html>';

before(async () => {
  server = createServer((req, res) => {
    seen.push(req);
    const path = req.url ?? '/';
    (starts[path] ??= []).push(Date.now());
    if (path === '/robots.txt') return res.end('User-agent: *\nDisallow: /private\n');
    if (path === '/page') {
      if (req.headers['if-none-match'] === '"v1"') { res.statusCode = 304; return res.end(); }
      res.setHeader('etag', '"v1"');
      res.setHeader('content-type', 'text/html; charset=utf-8');
      return res.end(PAGE);
    }
    if (path === '/gz' || path === '/br') {
      res.setHeader('content-type', 'text/html');
      res.setHeader('content-encoding', path === '/gz' ? 'gzip' : 'br');
      return res.end(path === '/gz' ? gzipSync(PAGE) : brotliCompressSync(PAGE));
    }
    if (path === '/bomb') {
      res.setHeader('content-encoding', 'gzip');
      return res.end(gzipSync(Buffer.alloc(5 * 1024 * 1024, 32)));
    }
    if (path === '/loop') { res.statusCode = 302; res.setHeader('location', '/loop'); return res.end(); }
    if (path === '/moved') { res.statusCode = 301; res.setHeader('location', '/page'); return res.end(); }
    if (path === '/flaky') {
      if (flaky++ < 2) { res.statusCode = 503; return res.end('busy'); }
      return res.end('ok now');
    }
    if (path === '/gone') { res.statusCode = 404; return res.end(); }
    res.end('fine');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => new Promise<void>((r) => server.close(() => r())));

const fast = (o: ConstructorParameters<typeof Fetcher>[0] = {}) => new Fetcher({ allowPrivate: true, delayMs: 0, backoffMs: 10, ...o });

test('private, loopback and reserved addresses are recognised', () => {
  for (const ip of ['127.0.0.1', '10.1.2.3', '172.20.0.1', '192.168.1.1', '169.254.169.254', '0.0.0.0', '::1', 'fd00::1', 'fe80::1', '::ffff:127.0.0.1', '100.64.0.1']) {
    assert.equal(isPrivateAddress(ip), true, ip);
  }
  for (const ip of ['93.184.216.34', '8.8.8.8', '2606:4700::1111']) assert.equal(isPrivateAddress(ip), false, ip);
});

test('loopback is refused unless allowed, by literal address and by name', async () => {
  const f = new Fetcher({ allowPrivate: false, retries: 0 });
  await assert.rejects(f.fetch(`${base}/page`), (e: Error) => e instanceof FetchError && /private or loopback/.test(e.message) && /--allow-private/.test(e.message));
  const port = new URL(base).port;
  await assert.rejects(f.fetch(`http://localhost:${port}/page`), /private address/);
  await f.close();
  await assert.rejects(fast().fetch('file:///etc/passwd'), /only http and https/);
});

test('a page comes with its validators, a clear user agent, and a 304 when unchanged', async () => {
  const f = fast();
  const first = await f.fetch(`${base}/page`);
  assert.equal(first.status, 'ok');
  if (first.status !== 'ok') return;
  assert.equal(Buffer.from(first.doc.bytes).toString(), PAGE);
  assert.equal(first.doc.contentType, 'text/html');
  assert.equal(first.doc.charset, 'utf-8');
  assert.equal(first.etag, '"v1"');
  assert.match(String(seen.at(-1)?.headers['user-agent']), /^sitrep\/[\d.]+ \(\+https?:/);
  assert.equal((await f.fetch(`${base}/page`, { etag: first.etag })).status, 'not-modified');
  await f.close();
});

test('robots.txt is obeyed', async () => {
  const f = fast();
  await assert.rejects(f.fetch(`${base}/private/report`), /disallowed by robots\.txt/);
  assert.equal((await f.fetch(`${base}/public`)).status, 'ok');
  await f.close();
});

test('gzip and brotli bodies are decoded; decoded size is limited', async () => {
  const f = fast({ maxBytes: 1024 * 1024 });
  for (const p of ['/gz', '/br']) {
    const r = await f.fetch(`${base}${p}`);
    assert.equal(r.status === 'ok' && Buffer.from(r.doc.bytes).toString(), PAGE);
  }
  await assert.rejects(f.fetch(`${base}/bomb`), /over the 1 MB limit/);
  await f.close();
});

test('redirects are followed up to a limit', async () => {
  const f = fast({ maxRedirects: 3 });
  const r = await f.fetch(`${base}/moved`);
  assert.equal(r.status === 'ok' && r.doc.uri, `${base}/page`);
  await assert.rejects(f.fetch(`${base}/loop`), /more than 3 redirects/);
  await f.close();
});

test('server errors are retried with backoff; client errors are not', async () => {
  const f = fast({ retries: 3 });
  const r = await f.fetch(`${base}/flaky`);
  assert.equal(r.status === 'ok' && Buffer.from(r.doc.bytes).toString(), 'ok now');
  assert.equal(starts['/flaky'].length, 3);
  await assert.rejects(f.fetch(`${base}/gone`), (e: Error) => e instanceof FetchError && e.permanent && e.httpStatus === 404);
  assert.equal(starts['/gone'].length, 1);
  await f.close();
});

test('requests to one host are spaced by the delay', async () => {
  const f = fast({ delayMs: 200 });
  await Promise.all([f.fetch(`${base}/a1`), f.fetch(`${base}/a2`), f.fetch(`${base}/a3`)]);
  const t = ['/a1', '/a2', '/a3'].map((p) => starts[p][0]).sort((a, b) => a - b);
  assert.ok(t[1] - t[0] >= 150 && t[2] - t[1] >= 150, `starts ${t.map((x) => x - t[0]).join(', ')} ms`);
  await f.close();
});
