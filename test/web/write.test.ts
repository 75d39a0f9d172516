// Subscribing through the web (the briefing module's routes inside our server, a real SMTP server on
// loopback), and the token-protected write endpoints: ingest a URL, feeds, subscribers.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../src/web/server.ts';
import { briefPlugin } from '../../src/web/plugins.ts';
import { loadConfig } from '../../src/brief/config.ts';
import { createMailer } from '../../src/brief/mailer.ts';
import { Fetcher } from '../../src/ingest/fetcher.ts';
import { startSmtp, type TestSmtp } from '../brief/smtp.ts';
import { hostileStore, type TestStore } from './fixtures.ts';

const TOKEN = 'write-test-token-0123456789';
const auth = { authorization: `Bearer ${TOKEN}` };
let store: TestStore;
let smtp: TestSmtp;
let app: FastifyInstance;
let pageServer: Server;
let pageUrl = '';

before(async () => {
  store = await hostileStore(1);
  smtp = await startSmtp();
  const config = { ...loadConfig({ dataDir: store.dir }), baseUrl: 'http://127.0.0.1:8080' };
  app = await buildServer({
    db: store.db, apiToken: TOKEN, subscribePerMinute: 4, cacheSeconds: 0,
    plugins: [briefPlugin({ config, mailer: createMailer(smtp.url) })],
    write: { fetcher: () => new Fetcher({ allowPrivate: true }) },
  });
  // A news page on loopback for the ingest endpoint to fetch.
  pageServer = createServer((req, res) => {
    if (req.url === '/robots.txt') { res.writeHead(404).end(); return; }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html><head><title>Harbour reopens after storm</title><meta property="article:published_time" content="2016-09-13"></head>
<body><article><h1>Harbour reopens after storm</h1><p>The harbour of the town reopened on Tuesday after three days of repairs, the port authority said.</p>
<p>Fishing boats returned to their moorings in the afternoon, and the ferry service will resume its normal timetable next week.</p>
<p>"We worked day and night to make the quays safe again," the harbour master told reporters at the quay.</p></article></body></html>`);
  });
  await new Promise<void>((r) => pageServer.listen(0, '127.0.0.1', r));
  pageUrl = `http://127.0.0.1:${(pageServer.address() as AddressInfo).port}/news/harbour`;
});

after(async () => {
  await app?.close();
  await smtp?.close();
  await new Promise((r) => pageServer?.close(r));
  await store?.close();
});

async function formToken(): Promise<{ token: string; cookie: string }> {
  const form = await app.inject({ url: '/subscribe', headers: { accept: 'text/html' } });
  const token = /name="_csrf" value="([^"]+)"/.exec(form.body)?.[1] ?? '';
  return { token, cookie: String(form.headers['set-cookie']).split(';')[0] };
}

test('subscribe form -> confirmation mail -> confirm link; one-click unsubscribe needs no CSRF token', async () => {
  const { token, cookie } = await formToken();
  const r = await app.inject({
    method: 'POST', url: '/subscribe', headers: { 'content-type': 'application/x-www-form-urlencoded', cookie, accept: 'text/html' },
    payload: `_csrf=${encodeURIComponent(token)}&email=reader%40example.org&countries=RUS%2C+USA`,
  });
  assert.equal(r.statusCode, 200, r.body);
  assert.match(r.body, /Check your inbox/);
  assert.match(r.body, /<link rel="stylesheet" href="\/assets\/style.css">/, 'the answer is in the site layout');
  await smtp.waitFor(1);
  const body = smtp.received[0].mail.text ?? '';
  const confirm = /http:\/\/127\.0\.0\.1:8080(\/confirm\?t=[^\s>]+)/.exec(body)?.[1];
  assert.ok(confirm, body);
  const c = await app.inject({ url: confirm, headers: { accept: 'text/html' } });
  assert.equal(c.statusCode, 200);
  assert.match(c.body, /You are subscribed/);
  const list = await app.inject({ url: '/api/subscribers?status=confirmed', headers: auth });
  assert.equal(list.json().items.length, 1);
  const unsub = /(\/unsubscribe\?t=[^"]+)"/.exec(c.body)?.[1]?.replace(/&amp;/g, '&');
  assert.ok(unsub);
  const one = await app.inject({ method: 'POST', url: unsub, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'List-Unsubscribe=One-Click' });
  assert.equal(one.statusCode, 200);
  const after = await app.inject({ url: '/api/subscribers?status=unsubscribed', headers: auth });
  assert.equal(after.json().items.length, 1);
});

test('the JSON subscribe answers the same whatever the state; bad addresses are 400', async () => {
  const r = await app.inject({ method: 'POST', url: '/api/subscribe', payload: { email: 'second@example.org', eventTypes: ['ASSAULT'] } });
  assert.equal(r.statusCode, 202);
  await smtp.waitFor(2);
  assert.deepEqual(smtp.received[1].to, ['second@example.org']);
  const bad = await app.inject({ method: 'POST', url: '/api/subscribe', payload: { email: 'not an address' } });
  assert.equal(bad.statusCode, 400);
  // Two attempts so far; the limit is 4 a minute from one address.
  const codes: number[] = [];
  let last = '';
  for (const n of [3, 4, 5]) {
    const r2 = await app.inject({ method: 'POST', url: '/api/subscribe', payload: { email: `reader${n}@example.org` } });
    codes.push(r2.statusCode);
    last = r2.body;
  }
  assert.deepEqual(codes, [202, 202, 429]);
  assert.match(JSON.parse(last).message, /too many requests/);
});

test('write endpoints: token required; ingest a URL; feeds; subscribers', async () => {
  assert.equal((await app.inject({ method: 'POST', url: '/api/ingest', payload: { url: pageUrl } })).statusCode, 401);
  assert.equal((await app.inject({ url: '/api/subscribers' })).statusCode, 401);
  assert.equal((await app.inject({ url: '/api/feeds' })).statusCode, 401);
  const ing = await app.inject({ method: 'POST', url: '/api/ingest', payload: { url: pageUrl }, headers: auth });
  assert.equal(ing.statusCode, 200, ing.body);
  assert.equal(ing.json().new, 1, ing.body);
  const found = await app.inject({ url: '/api/search?q=harbour%20reopened' });
  assert.equal(found.json().total, 1);
  assert.equal((await app.inject({ method: 'POST', url: '/api/ingest', payload: { url: 'file:///etc/passwd' }, headers: auth })).statusCode, 400);
  const add = await app.inject({ method: 'POST', url: '/api/feeds', payload: { url: 'https://news.example.org/rss.xml', intervalMinutes: 60 }, headers: auth });
  assert.equal(add.statusCode, 201);
  const id = add.json().feed.id;
  assert.equal((await app.inject({ url: '/api/feeds', headers: auth })).json().items.length, 1);
  assert.equal((await app.inject({ method: 'DELETE', url: `/api/feeds/${id}`, headers: auth })).statusCode, 200);
  assert.equal((await app.inject({ method: 'DELETE', url: `/api/feeds/${id}`, headers: auth })).statusCode, 404);
  // Filters name real countries and event types; a code of the right shape is not enough.
  for (const payload of [{ email: 'desk@example.org', countries: ['XXX'] }, { email: 'desk@example.org', eventTypes: ['BOGUS'] }]) {
    const r = await app.inject({ method: 'POST', url: '/api/subscribers', payload, headers: auth });
    assert.equal(r.statusCode, 400, r.body);
    assert.match(r.json().message, /XXX|BOGUS/);
  }
  assert.ok(!(await app.inject({ url: '/api/subscribers', headers: auth })).json().items.some((x: { email: string }) => x.email === 'desk@example.org'));
  const sub = await app.inject({ method: 'POST', url: '/api/subscribers', payload: { email: 'desk@example.org', countries: ['PRK'] }, headers: auth });
  assert.equal(sub.statusCode, 201);
  assert.equal(sub.json().status, 'confirmed');
  assert.equal((await app.inject({ method: 'DELETE', url: '/api/subscribers/desk@example.org', headers: auth })).statusCode, 200);
});
