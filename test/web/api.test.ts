// The JSON API and the server's security, through fastify's inject on a real SQLite store in a temp dir
// and, when SITREP_TEST_PG_URL is set, on a real PostgreSQL schema (the same queries in the other dialect).
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../src/web/server.ts';
import { hostileStore, type TestStore } from './fixtures.ts';
import { backends } from '../store/backends.ts';

const TOKEN = 'test-token-0123456789abcdef';

for (const backend of backends) describe(`web API (${backend.name})`, { skip: backend.skip }, () => {
let store: TestStore;
let app: FastifyInstance;

before(async () => {
  store = await hostileStore(3, backend.name === 'sqlite' ? undefined : await backend.open());
  app = await buildServer({
    db: store.db, apiToken: TOKEN, subscribePerMinute: 3, cacheSeconds: 0,
    plugins: [async (a) => {
      // Stand-ins for routes other modules add: a form post and a failing handler.
      a.post('/subscribe', async () => ({ ok: true }));
      a.get('/api/boom', { schema: { hide: true } }, async () => { throw new Error('secret detail /etc/passwd at line 3'); });
    }],
  });
});

after(async () => {
  await app?.close();
  await store?.close();
});

async function get(url: string): Promise<{ status: number; json: any; headers: Record<string, unknown> }> {
  const r = await app.inject({ url, headers: { accept: 'application/json' } });
  return { status: r.statusCode, json: r.body ? JSON.parse(r.body) : null, headers: r.headers };
}

test('articles: paged list, filters, one article with its analysis', async () => {
  const all = await get('/api/articles');
  assert.equal(all.status, 200);
  assert.equal(all.json.total, 3);
  const page2 = await get('/api/articles?limit=1&offset=1');
  assert.equal(page2.json.items.length, 1);
  assert.equal(page2.json.limit, 1);
  assert.equal(page2.json.offset, 1);
  assert.notEqual(page2.json.items[0].id, all.json.items[0].id);
  assert.equal((await get('/api/articles?country=RUS')).json.total, 3);
  assert.equal((await get('/api/articles?country=FRA')).json.total, 0);
  assert.equal((await get('/api/articles?eventType=ACCUSE')).json.total, 3);
  assert.equal((await get('/api/articles?eventType=ASSAULT')).json.total, 0);
  assert.equal((await get('/api/articles?since=2016-09-15')).json.total, 0);
  const one = await get(`/api/articles/${store.hostileIds[0]}`);
  assert.equal(one.status, 200);
  assert.equal(one.json.analysis.events.length, 3);
  assert.match(one.json.analysis.text, /<script>/, 'the API returns the text as stored; pages escape it');
  const missing = await get('/api/articles/nope');
  assert.equal(missing.status, 404);
  assert.equal(missing.json.message, 'no article with this id');
});

test('bad filters are one-line 400s naming the parameter', async () => {
  const r = await get('/api/events?eventType=BOGUS');
  assert.equal(r.status, 400);
  assert.match(r.json.message, /^eventType: unknown value "BOGUS"/);
  const d = await get('/api/events?since=2016-13-45');
  assert.equal(d.status, 400);
  assert.match(d.json.message, /since/);
  const l = await get('/api/events?limit=100000');
  assert.equal(l.status, 400);
});

test('search: ranked hits with marked snippets and facets', async () => {
  const r = await get('/api/search?q=cooperate');
  assert.equal(r.status, 200);
  assert.equal(r.json.total, 3);
  assert.match(r.json.items[0].snippet, /\uE000cooperate\uE001/);
  assert.deepEqual(r.json.facets.country.map((c: { key: string }) => c.key).sort(), ['RUS', 'USA']);
  assert.ok(r.json.facets.eventType.some((c: { key: string; count: number }) => c.key === 'CONSULT' && c.count === 3));
  assert.equal((await get('/api/search?q=%22will%20cooperate%22')).json.total, 3, 'a quoted phrase');
  assert.equal((await get('/api/search?q=cooperate%20zebra')).json.total, 0, 'all words are required');
  assert.equal((await get('/api/search?q=AND%20OR%20NEAR(%22*')).status, 200, 'FTS syntax in user words is not interpreted');
  assert.equal((await get('/api/search?q=%22case%202%22')).json.total, 1);
  // Words and filters together: the ranked hits that the filters allow, with their snippets.
  const day = await get('/api/search?q=cooperate&since=2016-09-14&until=2016-09-14&country=RUS');
  assert.equal(day.json.total, 3);
  assert.equal(day.json.items.length, 3);
  assert.match(day.json.items[0].snippet, /\uE000cooperate\uE001/);
  assert.equal((await get('/api/search?q=cooperate&since=2016-09-15')).json.total, 0);
  assert.equal((await get('/api/search?q=cooperate&country=FRA')).json.total, 0);
  assert.equal((await get('/api/search?q=%22case%202%22&since=2016-09-01')).json.total, 1);
});

test('events, dyads, actors and quotes', async () => {
  const ev = await get('/api/events?eventType=ACCUSE,PROTEST&country=RUS');
  assert.equal(ev.json.total, 6);
  assert.match(ev.json.items[0].sentence.text, /accused Moscow/);
  assert.equal((await get('/api/events?pair=USA-RUS')).json.total, 9);
  assert.equal((await get('/api/events?status=negated')).json.total, 0);
  // The fixtures differ by a word, so the corpus layer files two as copies of the first: counts,
  // pairs and timelines count the first only (a story run three times is one event).
  const counts = await get('/api/events/counts?since=2016-09-12&until=2016-09-18');
  assert.equal(counts.json.byType.find((c: { key: string }) => c.key === 'CONSULT').count, 1);
  assert.equal(counts.json.places.length, 2);
  const dyads = await get('/api/dyads');
  assert.deepEqual([dyads.json.items[0].a, dyads.json.items[0].b, dyads.json.items[0].count], ['RUS', 'USA', 3]);
  const pair = await get('/api/dyads/usa/rus?since=2016-09-01&until=2016-09-30');
  assert.equal(pair.json.a, 'RUS');
  assert.equal(pair.json.weeks.reduce((s: number, w: { events: number }) => s + w.events, 0), 3);
  assert.equal((await get('/api/dyads/RUS/USA/events')).json.total, 3);
  assert.equal((await get('/api/dyads/RUS/USA/events?since=2016-09-12&until=2016-09-18')).json.total, 3, 'one week of the timeline');
  assert.equal((await get('/api/dyads/RUS/USA/events?since=2016-09-19')).json.total, 0);
  assert.equal((await get('/api/dyads/USA/USA')).status, 400);
  const actors = await get('/api/actors?q=acme');
  assert.equal(actors.json.total, 1);
  assert.equal((await get('/api/actors?q=acme&since=2016-09-14&until=2016-09-14')).json.total, 1, 'named in articles of that day');
  assert.equal((await get('/api/actors?q=acme&since=2016-09-15')).json.total, 0, 'and in none after it');
  const all = await get('/api/actors?limit=2');
  assert.equal(all.json.items.length, 2);
  assert.ok(all.json.items[0].articles >= all.json.items[1].articles, 'most named first');
  const key = encodeURIComponent('country:RUS');
  const rus = await get(`/api/actors/${key}`);
  assert.equal(rus.json.name, 'Russia');
  assert.equal(rus.json.eventsAsTarget, 6);
  const graph = await get(`/api/actors/${key}/graph`);
  assert.ok(graph.json.nodes.length >= 3);
  assert.ok(graph.json.edges.some((e: { target: string; events: number }) => e.target === 'country:USA' && e.events === 6));
  const quotes = await get('/api/quotes?q=cooperate&limit=2');
  assert.equal(quotes.json.total, 3);
  assert.equal(quotes.json.items.length, 2);
  const by = await get(`/api/actors/${encodeURIComponent(actors.json.items[0].key)}/quotes`);
  assert.equal(by.json.total, 0);
  assert.equal((await get(`/api/actors/${encodeURIComponent('name:nobody at all')}`)).status, 404);
});

test('OpenAPI document lists the API and the docs UI is served locally', async () => {
  const doc = await get('/api/docs/json');
  assert.equal(doc.status, 200);
  assert.equal(doc.json.openapi, '3.0.3');
  for (const p of ['/api/articles', '/api/articles/{id}', '/api/search', '/api/events', '/api/actors/{key}', '/api/dyads/{a}/{b}', '/api/quotes']) {
    assert.ok(doc.json.paths[p], `${p} is documented`);
  }
  assert.ok(doc.json.paths['/api/search'].get.parameters.some((p: { name: string }) => p.name === 'q'));
  const ui = await app.inject({ url: '/api/docs' });
  assert.equal(ui.statusCode, 200);
  assert.match(ui.body, /<script src="\/api\/docs\/static\/swagger-ui-bundle\.js"/);
  assert.doesNotMatch(ui.body, /src="(https?:)?\/\//i, 'no script from another host');
  const csp = String(ui.headers['content-security-policy']);
  assert.match(csp, /script-src 'self'(;|$)/, 'the docs UI runs our own scripts only');
  assert.doesNotMatch(csp, /script-src[^;]*unsafe/);
  assert.equal((await app.inject({ url: '/api/docs/static/swagger-ui-bundle.js' })).statusCode, 200);
});

test('write endpoints need the API token', async () => {
  const id = store.hostileIds[2];
  const none = await app.inject({ method: 'DELETE', url: `/api/articles/${id}` });
  assert.equal(none.statusCode, 401);
  const wrong = await app.inject({ method: 'DELETE', url: `/api/articles/${id}`, headers: { authorization: 'Bearer wrong-token-wrong-token' } });
  assert.equal(wrong.statusCode, 401);
  assert.equal((await get(`/api/articles/${id}`)).status, 200, 'nothing was deleted');
  const ok = await app.inject({ method: 'DELETE', url: `/api/articles/${id}`, headers: { authorization: `Bearer ${TOKEN}` } });
  assert.equal(ok.statusCode, 200);
  assert.equal((await get(`/api/articles/${id}`)).status, 404);
  // Put it back for the other tests.
  const { saveAnalysis } = await import('../../src/store/articles.ts');
  const { hostileAnalysis } = await import('./fixtures.ts');
  await saveAnalysis(store.db, hostileAnalysis(3));
});

test('form posts need a CSRF token from a page we rendered; subscribing is rate limited', async () => {
  const bare = await app.inject({ method: 'POST', url: '/subscribe', payload: 'email=a%40example.org', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
  assert.equal(bare.statusCode, 403);
  const plain = await app.inject({ method: 'POST', url: '/subscribe', payload: 'email=a@example.org', headers: { 'content-type': 'text/plain' } });
  assert.equal(plain.statusCode, 403, 'text/plain posts (no preflight) are checked too');
  const form = await app.inject({ url: '/subscribe', headers: { accept: 'text/html' } });
  const token = /name="_csrf" value="([^"]+)"/.exec(form.body)?.[1];
  assert.ok(token, 'the subscribe form carries a CSRF token');
  const cookie = String(form.headers['set-cookie']).split(';')[0];
  const post = () => app.inject({
    method: 'POST', url: '/subscribe', payload: `_csrf=${encodeURIComponent(token!)}&email=a%40example.org`,
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
  });
  assert.equal((await post()).statusCode, 200);
  // 3 per minute in this server; bare and plain above were counted too.
  let limited = 0;
  for (let i = 0; i < 4; i++) if ((await post()).statusCode === 429) limited++;
  assert.ok(limited >= 1, 'the fourth attempt within a minute is refused');
});

test('errors: no stack traces, JSON for the API, a page for browsers', async () => {
  const r = await get('/api/boom');
  assert.equal(r.status, 500);
  assert.equal(r.json.message, 'internal error: the server log has the details');
  assert.doesNotMatch(JSON.stringify(r.json), /passwd|at line|\.ts:/);
  const page = await app.inject({ url: '/articles/nope', headers: { accept: 'text/html' } });
  assert.equal(page.statusCode, 404);
  assert.match(page.headers['content-type'] as string, /text\/html/);
});

test('pages escape hostile article text everywhere and send a strict CSP', async () => {
  const id = store.hostileIds[0];
  const urls = ['/', '/search?q=cooperate', `/articles/${id}`, `/actors/${encodeURIComponent('name:ivan script window pwned 1 script petrov')}`,
    `/actors/${encodeURIComponent('country:RUS')}`, '/actors?q=acme', '/pairs', '/pairs/RUS/USA', '/stories', '/subscribe', '/briefings',
    `/search?q=${encodeURIComponent(HOSTILE_Q)}`, `/search?publisher=${encodeURIComponent('<script>x</script>')}`];
  for (const url of urls) {
    const r = await app.inject({ url, headers: { accept: 'text/html' } });
    assert.equal(r.statusCode, 200, `${url}: ${r.body.slice(0, 200)}`);
    const csp = String(r.headers['content-security-policy']);
    assert.match(csp, /script-src 'self'/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    const b = r.body;
    assert.doesNotMatch(b, /<script>window\.__pwned/, url);
    assert.doesNotMatch(b, /<img src=x/i, url);
    assert.doesNotMatch(b, /<svg onload/i, url);
    assert.doesNotMatch(b, /<style>body/i, url);
    assert.doesNotMatch(b, /href="javascript:/i, url);
    assert.doesNotMatch(b, /<script(?![^>]*(type="module" src="\/assets\/|type="application\/json"))/, `${url}: only module scripts from /assets and JSON data blocks`);
  }
  const art = await app.inject({ url: `/articles/${id}`, headers: { accept: 'text/html' } });
  assert.match(art.body, /Ivan &lt;script&gt;window.__pwned=1&lt;\/script&gt; Petrov/);
  assert.match(art.body, /&lt;\/p&gt;&lt;\/div&gt;&lt;b&gt;unclosed &lt;i/);
  assert.match(art.body, /class="[^"]*trigger[^"]*" data-event="0">met<\/span>/);
});

test('an article opened from a briefing link shows that sentence lit, anchored at #hl', async () => {
  const url = `/articles/${store.hostileIds[0]}`;
  const lit = (await app.inject({ url: `${url}?hl=0-33`, headers: { accept: 'text/html' } })).body;
  const first = /<span data-o="(\d+)" class="([^"]*)"[^>]*id="hl"/.exec(lit);
  assert.ok(first, 'the first lit piece carries id="hl"');
  assert.equal(first[1], '0');
  assert.ok(first[2].split(' ').includes('lit'));
  assert.equal((lit.match(/id="hl"/g) ?? []).length, 1);
  for (const bad of ['33-0', 'x-y', '0-99999999999', '<script>']) {
    const page = (await app.inject({ url: `${url}?hl=${encodeURIComponent(bad)}`, headers: { accept: 'text/html' } }));
    assert.equal(page.statusCode, 200);
    assert.doesNotMatch(page.body, /id="hl"/, `hl=${bad} lights nothing`);
  }
});

test('the article page marks only direct quotes as quotations', async () => {
  let reported = 0;
  for (const id of store.hostileIds) {
    const quotes = (await get(`/api/articles/${id}`)).json.analysis.quotes as Array<{ type: string }>;
    const page = (await app.inject({ url: `/articles/${id}`, headers: { accept: 'text/html' } })).body;
    const panel = page.slice(page.indexOf('<ol class="quotes">'));
    assert.equal((panel.match(/<q>/g) ?? []).length, quotes.filter((q) => q.type === 'direct').length, id);
    reported += (panel.match(/<span class="reported">/g) ?? []).length;
    assert.equal((panel.match(/<span class="reported">/g) ?? []).length, quotes.filter((q) => q.type !== 'direct').length, id);
  }
  assert.ok(reported > 0, 'the fixtures hold reported speech');
});

test('an actor page marks only direct quotes as quotations, shows reported speech in its sentence, and opens each at that sentence', async () => {
  const speakers = new Set<string>();
  for (const q of (await get('/api/quotes?limit=200')).json.items as Array<{ speaker: { key: string | null } | null }>) if (q.speaker?.key) speakers.add(q.speaker.key);
  let reported = 0;
  for (const key of speakers) {
    const quotes = (await get(`/api/actors/${encodeURIComponent(key)}/quotes?limit=10`)).json.items as Array<{ type: string; cue: string | null; text: string; start: number; end: number; articleId: string; sentence: { start: number; end: number; text: string } }>;
    const page = (await app.inject({ url: `/actors/${encodeURIComponent(key)}`, headers: { accept: 'text/html' } })).body;
    const by = page.slice(page.indexOf('id="quotes-by"'), page.indexOf('id="quotes-about"'));
    assert.equal((by.match(/<q>/g) ?? []).length, quotes.filter((q) => q.type === 'direct').length, key);
    const spans = [...by.matchAll(/<span class="reported">([\s\S]*?)<\/span>\n/g)].map((m) => m[1]);
    const indirect = quotes.filter((q) => q.type !== 'direct');
    assert.equal(spans.length, indirect.length, key);
    indirect.forEach((q, i) => {
      // The sentence as the article has it, the reported words marked in it.
      const shown = spans[i].replace(/<\/?mark[^>]*>/g, '').replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
      assert.equal(shown, q.sentence.text, `${key}: ${q.text}`);
      const said = /<mark class="said">([\s\S]*?)<\/mark>/.exec(spans[i]);
      assert.ok(said && said[1].length > 0, `${key}: the reported words are marked`);
    });
    reported += spans.length;
    // Each opens its article at the quote's sentence, lit, as a briefing's links do.
    const links = [...by.matchAll(/<div class="source"><a href="([^"]*)"/g)].map((m) => m[1].replace(/&amp;/g, '&'));
    assert.deepEqual(links, quotes.map((q) => `/articles/${q.articleId}?hl=${q.sentence.start}-${q.sentence.end}#hl`), key);
  }
  assert.ok(reported > 0, 'the fixtures hold reported speech by a named speaker');
  const rus = (await app.inject({ url: `/actors/${encodeURIComponent('country:RUS')}`, headers: { accept: 'text/html' } })).body;
  const events = [...rus.matchAll(/<li class="event[^"]*">[\s\S]*?<div class="source"><a href="([^"]*)"/g)].map((m) => m[1]);
  assert.ok(events.length > 0);
  for (const href of events) assert.match(href, /^\/articles\/[^"?]+\?hl=\d+-\d+#hl$/, "an event line opens its sentence too");
});

const HOSTILE_Q = '"><script>alert(1)</script>';

test('briefings archive: list, one issue, its e-mail rendering under its own CSP, the JSON', async () => {
  const { ensureIssue } = await import('../../src/brief/issues.ts');
  const { weekPeriod } = await import('../../src/brief/week.ts');
  const issue = await ensureIssue(store.db, weekPeriod('2016-W37'), { baseUrl: 'http://127.0.0.1:8080', title: 'Threat Status' });
  const list = await app.inject({ url: '/briefings', headers: { accept: 'text/html' } });
  assert.equal(list.statusCode, 200);
  assert.match(list.body, /href="\/briefings\/2016-W37"/);
  const one = await app.inject({ url: `/briefings/${issue.id}`, headers: { accept: 'text/html' } });
  assert.equal(one.statusCode, 200);
  assert.doesNotMatch(one.body, /<script>window\.__pwned|<img src=x|<svg onload/);
  assert.ok(issue.data.stories.length > 0, 'the fixtures make a story');
  const email = await app.inject({ url: `/briefings/${issue.id}/email` });
  assert.equal(email.statusCode, 200);
  const csp = String(email.headers['content-security-policy']);
  assert.match(csp, /sandbox/);
  assert.doesNotMatch(csp, /script-src/);
  assert.match(csp, /default-src 'none'/);
  const json = await get(`/api/briefings/${issue.id}`);
  assert.equal(json.json.id, '2016-W37');
  assert.equal(json.json.data.stories.length, issue.data.stories.length);
  assert.equal((await get('/api/briefings')).json.items.length, 1);
  assert.equal((await get('/api/briefings/1999-W01')).status, 404);
});

test('stories: the week\'s top stories and one story', async () => {
  const r = await get('/api/stories?since=2016-09-12&until=2016-09-18');
  assert.equal(r.status, 200);
  assert.ok(r.json.items.length >= 1);
  const s = await get(`/api/stories/${encodeURIComponent(r.json.items[0].id)}`);
  assert.equal(s.status, 200);
  assert.ok(s.json.articles.length >= 1);
  const page = await app.inject({ url: `/stories/${encodeURIComponent(r.json.items[0].id)}`, headers: { accept: 'text/html' } });
  assert.equal(page.statusCode, 200);
  assert.doesNotMatch(page.body, /<script>window\.__pwned|<img src=x|<svg onload/);
  assert.match(page.body, /id="story-timeline"/);
});
});
