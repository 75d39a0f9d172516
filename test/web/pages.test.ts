// What the pages say, read as an analyst would: names where codes or keys were shown, a 404 for a
// country pair that cannot exist, and an empty store that says how to fill it. fastify's inject
// over real SQLite stores in temp dirs (the hostile fixtures, and an empty store).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../src/web/server.ts';
import { hostileStore, type TestStore } from './fixtures.ts';

let store: TestStore;
let empty: TestStore;
let app: FastifyInstance;
let emptyApp: FastifyInstance;

before(async () => {
  store = await hostileStore(1);
  empty = await hostileStore(0);
  app = await buildServer({ db: store.db, apiToken: 'test-token-0123456789abcdef', cacheSeconds: 0 });
  emptyApp = await buildServer({ db: empty.db, apiToken: 'test-token-0123456789abcdef', cacheSeconds: 0 });
});

after(async () => {
  await app?.close();
  await emptyApp?.close();
  await store?.close();
  await empty?.close();
});

async function page(url: string, on = app): Promise<{ status: number; body: string }> {
  const r = await on.inject({ url, headers: { accept: 'text/html' } });
  return { status: r.statusCode, body: r.body };
}

/** An article analysed from its text and saved to the shared store under `id`: its stored id. */
async function savedText(text: string, id: string, published: string): Promise<string> {
  const { saveAnalysis } = await import('../../src/store/articles.ts');
  const { analyzeArticle } = await import('../../src/nlp/pipeline.ts');
  const { articleFromText } = await import('../../src/extract/given.ts');
  const a = analyzeArticle(articleFromText(text, { published }));
  a.id = id;
  return (await saveAnalysis(store.db, a, {})).id;
}

function text(html: string): string {
  return html.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ');
}

test('country pairs are named as the actors are, and a pair of unknown codes is a 404', async () => {
  const pair = await page('/pairs/usa/rus');
  assert.equal(pair.status, 200);
  assert.match(pair.body, /<h1>Russia – United States<\/h1>/, 'the names the actor pages use, not "Russian Federation"');
  assert.match(pair.body, /<title>Russia – United States · sitrep<\/title>/);
  const dash = await page('/?week=2016-09-14');
  const graph = JSON.parse(/id="pair-graph-data">([^<]*)</.exec(dash.body)![1]) as { nodes: Array<{ id: string; label: string }> };
  assert.deepEqual(graph.nodes.map((n) => [n.id, n.label]).sort(), [['RUS', 'Russia'], ['USA', 'United States']], 'graph nodes are labelled by name');
  assert.equal((await page('/pairs/XXX/YYY')).status, 404);
  assert.equal((await page('/pairs/USA/QQQ')).status, 404);
});

test('search filter chips name the filter and its value, not internal keys', async () => {
  const r = await page('/search?actor=country%3ARUS&country=rus&eventType=ACCUSE,PROTEST&since=2016-09-01');
  assert.equal(r.status, 200);
  const chips = [...r.body.matchAll(/<a class="chip"[^>]*>(.*?)<\/a>/g)].map((m) => text(m[1]).trim());
  assert.deepEqual(chips, ['from: 2016-09-01 ✕', 'country: Russia ✕', 'actor: Russia ✕', 'event type: ACCUSE, PROTEST ✕']);
  assert.doesNotMatch(text(r.body), /country:RUS/);
});

test('an empty store\'s dashboard says how to add articles', async () => {
  const r = await page('/', emptyApp);
  assert.equal(r.status, 200);
  assert.match(text(r.body), /No articles yet/);
  assert.match(r.body, /sitrep ingest/);
  assert.equal((r.body.match(/<h1>/g) ?? []).length, 1);
  const week = await page('/?week=2016-09-14');
  assert.doesNotMatch(week.body, /No articles yet/);
});

test('a page number past the end leads back to the last page instead of "page 2000 of 1"', async () => {
  const list = await page('/actors?offset=99999');
  assert.equal(list.status, 200);
  assert.doesNotMatch(text(list.body), /page 2000/);
  assert.match(list.body, /<nav class="pager"><span>Nothing past page 1\.<\/span> <a href="\/actors">← page 1, the last<\/a><\/nav>/);
  const search = await page('/search?q=talks&offset=40');
  assert.match(search.body, /href="\/search\?q=talks">← page 1, the last</);
  const none = await page('/search?q=nosuchwordanywhere&offset=40');
  assert.match(none.body, /href="\/search\?q=nosuchwordanywhere">← first page</);
});

test('a briefing on the site links each sentence to where it stands, shows the relations that moved, and writes times as the site does', async () => {
  const { ensureIssue } = await import('../../src/brief/issues.ts');
  const { weekPeriod } = await import('../../src/brief/week.ts');
  const issue = await ensureIssue(store.db, weekPeriod('2016-W37'), { baseUrl: 'http://127.0.0.1:8080', title: 'Threat Status' });
  // (The fixture's one plain sentence holds its pull quote, which the summary does not repeat.)
  const shown = [...issue.data.stories[0].summary, ...(issue.data.stories[0].quote ? [issue.data.stories[0].quote.sentence] : [])];
  assert.ok(shown.length > 0, 'the fixture makes a story with sentences to link');
  const r = await page(`/briefings/${issue.id}`);
  assert.equal(r.status, 200);
  const id = store.hostileIds[0];
  // The e-mail links every sentence with ?hl=START-END#hl; the page did not, so a reader could not check a sentence.
  for (const p of shown) assert.ok(r.body.includes(`href="/articles/${id}?hl=${p.source.start}-${p.source.end}#hl"`), `sentence ${p.source.start}`);
  assert.match(text(r.body), /composed \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC/);
  assert.doesNotMatch(text(r.body), /composed \d{4}-\d{2}-\d{2}T/);
  if (issue.data.relations.length) {
    assert.match(r.body, /id="relations"/);
    assert.match(r.body, /<a href="\/pairs\/RUS\/USA">Russia – United States<\/a>/);
  }
  assert.doesNotMatch(r.body, /<script>window\.__pwned|<img src=x|<svg onload/);
});

test('charts have a text alternative: the weeks as a table, and the map a legend of its shades', async () => {
  const pair = await page('/pairs/RUS/USA');
  const chart = JSON.parse(/id="pair-data">([^<]*)</.exec(pair.body)![1]) as Array<{ start: string; events: number; cooperation: number; conflict: number }>;
  const table = /<details class="chart-table">([\s\S]*?)<\/details>/.exec(pair.body);
  assert.ok(table, 'the pair chart has its numbers as a table');
  const rows = [...table[1].matchAll(/<tr><td>([\d-]+)<\/td><td>(\d+)<\/td><td>(\d+)<\/td><td>(\d+)<\/td>/g)].map((m) => [m[1], Number(m[2]), Number(m[3]), Number(m[4])]);
  assert.deepEqual(rows, chart.filter((w) => w.events).map((w) => [w.start, w.events, w.cooperation, w.conflict]));
  assert.match(pair.body, /<div class="chart" id="pair-chart" role="img"/);
  const actor = await page('/actors/country%3ARUS');
  assert.match(actor.body, /<details class="chart-table">/);
  const dash = await page('/?week=2016-09-14');
  const legend = /<p class="map-legend[^>]*>([\s\S]*?)<\/p>/.exec(dash.body);
  assert.ok(legend, 'the map has a legend');
  assert.match(text(legend[1]), /Events per country: 1 \d+/);
  assert.match(legend[1], /class="swatch s1"/);
});

test('a server that cannot send mail says so on the subscribe page instead of taking the form', async () => {
  const { briefPlugin } = await import('../../src/web/plugins.ts');
  const { loadConfig } = await import('../../src/brief/config.ts');
  const noMail = await buildServer({
    db: store.db, apiToken: 'test-token-0123456789abcdef', cacheSeconds: 0,
    plugins: [briefPlugin({ config: loadConfig({ dataDir: store.dir }), mailer: null })],
  });
  try {
    const r = await page('/subscribe', noMail);
    assert.equal(r.status, 200);
    assert.match(text(r.body), /cannot send e-mail/);
    assert.doesNotMatch(r.body, /<form class="subscribe"/, 'no form that can only answer 503');
    assert.match(r.body, /href="\/briefings"/);
  } finally {
    await noMail.close();
  }
  // Without the briefing plugin (or with a mailer) the form is there.
  assert.match((await page('/subscribe')).body, /<form class="subscribe"/);
});

test('actor types, sectors and pairs read as words, not codes', async () => {
  const list = await page('/actors');
  const row = /<tr><td><a href="\/actors\/country%3ARUS">Russia<\/a><\/td>(.*?)<\/tr>/.exec(list.body);
  assert.ok(row, 'Russia is listed');
  assert.match(row[1], /<td>country or city<\/td><td>Russia<\/td>/);
  const ivan = /<tr><td><a href="[^"]*">Ivan [^<]*Petrov<\/a><\/td>(.*?)<\/tr>/.exec(list.body);
  assert.ok(ivan);
  assert.match(ivan[1], /<td>person<\/td><td>Russia<\/td><td><abbr title="CAMEO sector GOV">government<\/abbr><\/td>/);
  assert.match(list.body, /<option value="PERSON">person<\/option>/);
  const rus = await page('/actors/country%3ARUS');
  const head = /<header class="actor-head">([\s\S]*?)<\/header>/.exec(rus.body)![1];
  assert.doesNotMatch(text(head), /country:RUS/, 'no internal key in the header');
  assert.match(rus.body, /class="pair-link" href="\/pairs\/RUS\/USA">(Russia – United States|United States – Russia)</);
  const article = await page(`/articles/${store.hostileIds[0]}`);
  assert.match(article.body, /<abbr title="CAMEO sector GOV">government<\/abbr>/);
});

test('the dashboard does not offer a next week past the newest article; a story\'s trend says what its numbers count', async () => {
  const newest = await page('/');
  assert.match(newest.body, /Week of 2016-09-12 to 2016-09-18/);
  assert.doesNotMatch(newest.body, /next week →/);
  assert.match(text(newest.body), /the newest week in the store/);
  const before = await page('/?week=2016-09-05');
  assert.match(before.body, /<a href="\/\?week=2016-09-12">next week →<\/a>/);
  const after = await page('/?week=2016-10-20');
  assert.match(after.body, /<a href="\/">back to the newest week<\/a>/);
  const stories = await page('/stories?week=2016-09-14');
  assert.match(text(stories.body), /\(\d+ → \d+ articles a week\)/);
  // The week's event count is the one its chart adds up, and says what it counts.
  const said = /(\d+) events? dated in the week, each counted once/.exec(text(newest.body));
  const counts = (await app.inject({ url: '/api/events/counts?since=2016-09-12&until=2016-09-18' })).json().byType as Array<{ count: number }>;
  assert.ok(said, 'the dashboard says what its event count counts');
  assert.equal(Number(said[1]), counts.reduce((s, c) => s + c.count, 0));
});

test('an article without a headline is titled by its lead\'s first sentence, as lists show it, not "Untitled article"', async () => {
  const { saveAnalysis } = await import('../../src/store/articles.ts');
  const { hostileAnalysis } = await import('./fixtures.ts');
  const a = hostileAnalysis(9, '2016-05-02');
  a.id = 'no-headline';
  a.meta.title = null;
  const saved = await saveAnalysis(store.db, a, {});
  const r = await page(`/articles/${saved.id}`);
  assert.equal(r.status, 200);
  assert.match(r.body, /<h1>Moscow met Washington on Tuesday<\/h1>/);
  assert.match(r.body, /<title>Moscow met Washington on Tuesday · sitrep<\/title>/);
  assert.match(text(r.body), /No headline was found/);
});

test('the actors filter takes a country by name, and says when it knows no such country', async () => {
  const names = (body: string) => [...body.matchAll(/<tr><td><a href="[^"]*">([^<]*)<\/a><\/td>/g)].map((m) => m[1]);
  const byCode = await page('/actors?country=RUS');
  const byName = await page('/actors?country=Russia');
  assert.ok(names(byCode.body).length > 0);
  assert.deepEqual(names(byName.body), names(byCode.body), 'a name filters as its code does');
  assert.ok(names(byName.body).length < names((await page('/actors')).body).length);
  assert.match(byName.body, /value="Russia"/);
  const unknown = await page('/actors?country=Narnia');
  assert.match(text(unknown.body), /No country called “Narnia”/);
});

test('every page starts with a link past the navigation to its content', async () => {
  for (const url of ['/', '/search', '/actors', `/articles/${store.hostileIds[0]}`, '/nope']) {
    const r = await page(url);
    const body = r.body.slice(r.body.indexOf('<body>'));
    assert.match(body, /^<body>\s*<a class="skip" href="#main">Skip to the content<\/a>/, url);
    assert.match(body, /<main id="main"/, url);
  }
});

test('a search that finds nothing says what to try', async () => {
  const none = await page('/search?q=zebrafish');
  assert.match(text(none.body), /No article matches “zebrafish”\. Try fewer or other words/);
  const filtered = await page('/search?q=talks&country=FRA');
  assert.match(text(filtered.body), /No article matches “talks” with these filters\. Remove a filter above, or try/);
  assert.doesNotMatch(text((await page('/search?q=talks')).body), /No article matches/);
});

test('an actor\'s chart has every week between its first and last, so its score line breaks over quiet weeks', async () => {
  const { saveAnalysis } = await import('../../src/store/articles.ts');
  const { hostileAnalysis } = await import('./fixtures.ts');
  // RUS also appears in a report of 2016-08-29, two weeks before the fixture's 2016-09-14.
  const a = hostileAnalysis(11, '2016-08-29');
  a.id = 'two-weeks-before';
  await saveAnalysis(store.db, a, {});
  const r = await page('/actors/country%3ARUS');
  const rows = JSON.parse(/id="timeline-data">([^<]*)</.exec(r.body)![1]) as Array<{ start: string; events: number; score: number | null }>;
  const starts = rows.map((w) => w.start);
  assert.ok(starts.includes('2016-08-29') && starts.includes('2016-09-12'));
  assert.ok(starts.includes('2016-09-05'), `the quiet week between is in the data: ${starts.join(' ')}`);
  const quiet = rows.find((w) => w.start === '2016-09-05')!;
  assert.deepEqual([quiet.events, quiet.score], [0, null]);
});

test('a joint statement\'s speakers are all shown, each a link to its actor, and stored under all their names', async () => {
  const id = await savedText('Britain, France and Germany warned on Thursday that they would reimpose sanctions on Iran.', 'joint-speakers', '2016-05-03');
  const r = await page(`/articles/${id}`);
  const who = /<span class="who">(.*?)<\/span>/s.exec(r.body)?.[1] ?? '';
  assert.equal(text(who), 'United Kingdom, France and Germany');
  assert.deepEqual([...who.matchAll(/href="([^"]*)"/g)].map((m) => m[1]), ['/actors/country%3AGBR', '/actors/country%3AFRA', '/actors/country%3ADEU']);
  const row = await store.db.get<{ speaker_name: string; speaker_key: string }>('SELECT speaker_name, speaker_key FROM article_quotes q JOIN articles a ON a.seq = q.article_seq WHERE a.id = ?', [id]);
  assert.deepEqual(row, { speaker_name: 'United Kingdom, France and Germany', speaker_key: 'country:DEU' });
});

test('a side or a speaker given only by a description has an actor page saying so, as the links to it promise', async () => {
  const id = await savedText('Unidentified gunmen attacked a convoy of aid workers near the border on Tuesday, killing three. A senior administration official said the attack would not stop the aid.', 'described-sides', '2016-05-04');
  const art = await page(`/articles/${id}`);
  const links = [...art.body.matchAll(/href="(\/actors\/name[^"]*)"/g)].map((m) => m[1]);
  assert.ok(links.includes('/actors/name%3Aunidentified%20gunmen'), links.join(' '));
  assert.ok(links.includes('/actors/name%3Aa%20senior%20administration%20official'), links.join(' '));
  for (const url of links) assert.equal((await page(url)).status, 200, url);
  const gunmen = await page('/actors/name%3Aunidentified%20gunmen');
  assert.match(gunmen.body, /<h1>Unidentified gunmen<\/h1>/);
  assert.match(text(gunmen.body), /described, not named/);
  assert.match(text(gunmen.body), /1 event as actor/);
  assert.doesNotMatch(gunmen.body, /\/search\?actor=/, 'no search for articles naming it: none does');
  const graph = JSON.parse(/id="actor-graph-data">([^<]*)</.exec(gunmen.body)![1]) as { nodes: Array<{ id: string; label: string }> };
  assert.deepEqual(graph.nodes.map((n) => n.label).sort(), ['Unidentified gunmen', 'aid workers'], 'labelled by their words, not their keys');
  const api = await app.inject({ url: '/api/actors/name%3Aa%20senior%20administration%20official' });
  assert.equal(api.statusCode, 200);
  const official = JSON.parse(api.body) as { name: string; described: boolean; quotesBy: number; articles: number };
  assert.deepEqual([official.name, official.described, official.quotesBy, official.articles], ['A senior administration official', true, 1, 1]);
  assert.equal((await page('/actors/name%3Anobody%20at%20all')).status, 404);
});

test('any week\'s briefing can be read on the site, as a preview when it was never archived; the dashboard links its week\'s', async () => {
  // (A store of its own: another test archives this week's issue in the shared one.)
  const fresh = await hostileStore(1);
  const freshApp = await buildServer({ db: fresh.db, apiToken: 'test-token-0123456789abcdef', cacheSeconds: 0 });
  try {
    const dash = await page('/?week=2016-09-14', freshApp);
    assert.match(dash.body, /href="\/briefings\/2016-W37"/);
    const preview = await page('/briefings/2016-W37', freshApp);
    assert.equal(preview.status, 200);
    assert.match(text(preview.body), /a preview composed from the store as it is now/);
    assert.match(preview.body, /<article class="card brief-story">/);
    assert.doesNotMatch(preview.body, /as e-mailed/, 'no e-mail rendering of an issue never archived');
    assert.equal((await page('/briefings/2016-W54', freshApp)).status, 404);
    assert.equal((await page('/briefings/2016-09-01..2016-09-07', freshApp)).status, 404, 'a custom period has a page once archived');
  } finally {
    await freshApp.close();
    await fresh.close();
  }
});

test('a missing publisher, date or cue leaves no stray separator in search results, event lines and quote lines', async () => {
  const id = await savedText('Masked gunmen stormed the Zarvian customs post, officials said.\n\n"We were not ready," the post\'s commander said. "Nobody was."', 'no-publisher', '2016-05-05');
  const pages = [await page('/search?q=Zarvian'), await page(`/articles/${id}`)];
  assert.match(text(pages[0].body), /Zarvian/);
  for (const p of pages) {
    assert.equal(p.status, 200);
    assert.doesNotMatch(p.body, /class="muted">\s*·/, 'a line that opens with a separator');
    assert.doesNotMatch(p.body, /·\s*·/);
  }
});

test('an article without a title is listed by its lead, escaped, not as "untitled"', async () => {
  const own = await hostileStore(0);
  const { saveAnalysis } = await import('../../src/store/articles.ts');
  const { hostileAnalysis, HOSTILE } = await import('./fixtures.ts');
  const a = hostileAnalysis(7);
  const text = `MOSCOW (Wire) — Officials ${HOSTILE.img} met envoys on Tuesday. ${a.text}`;
  const shift = text.length - a.text.length;
  const moved = <T extends { start: number; end: number }>(x: T): T => ({ ...x, start: x.start + shift, end: x.end + shift });
  const untitled = {
    ...a, text, meta: { ...a.meta, title: null },
    paragraphs: [{ start: 0, end: a.paragraphs[0].end + shift, kind: 'paragraph' as const }, ...a.paragraphs.slice(1).map(moved)],
    entities: a.entities.map((e) => ({ ...e, mentions: e.mentions.map(moved) })),
    quotes: a.quotes.map((q) => ({ ...q, ...moved(q), sentence: moved(q.sentence), speaker: q.speaker && { ...q.speaker, mention: q.speaker.mention && moved(q.speaker.mention) } })),
    events: a.events.map((e) => ({ ...e, trigger: moved(e.trigger), sentence: moved(e.sentence) })),
  };
  await saveAnalysis(own.db, untitled);
  const ownApp = await buildServer({ db: own.db, apiToken: 'test-token-0123456789abcdef', cacheSeconds: 0 });
  try {
    for (const url of ['/?week=2016-09-14', '/search?q=envoys']) {
      const r = await page(url, ownApp);
      assert.equal(r.status, 200, url);
      assert.ok(text.length && r.body.includes('Officials &lt;img src=x onerror=&quot;window.__pwned=2&quot;&gt; met envoys on Tuesday'), `${url}: ${text.length}`);
      assert.ok(!r.body.includes('onerror="window'), url);
      assert.ok(!/>untitled</.test(r.body), url);
    }
  } finally {
    await ownApp.close();
    await own.close();
  }
});

test('a story\'s timeline lists the events naming a side, and folds away those naming none', async () => {
  const own = await hostileStore(0);
  const { saveAnalysis } = await import('../../src/store/articles.ts');
  const { corpusHook } = await import('../../src/ingest/corpus-hook.ts');
  const { hostileAnalysis } = await import('./fixtures.ts');
  const a = hostileAnalysis(3);
  const talks = a.text.indexOf('talks went well');
  a.events.push({ ...a.events[0], type: 'CONSULT', actor: null, target: null, location: null, goldstein: 1,
    trigger: { start: talks, end: talks + 5, text: 'talks' } });
  const saved = await saveAnalysis(own.db, a, {}, await corpusHook());
  const ownApp = await buildServer({ db: own.db, apiToken: 'test-token-0123456789abcdef', cacheSeconds: 0 });
  try {
    const story = (await own.db.get<{ story_id: string }>('SELECT story_id FROM corpus_docs WHERE article_id = ?', [saved.id]))!.story_id;
    const r = await page(`/stories/${encodeURIComponent(story)}`, ownApp);
    assert.equal(r.status, 200);
    const [shown, folded = ''] = r.body.split('<details class="sideless">');
    assert.equal((shown.match(/<li class="event/g) ?? []).length, 3, 'the three events with sides');
    assert.match(folded, /<summary>1 event naming no side<\/summary>/);
    assert.equal((folded.match(/<li class="event/g) ?? []).length, 1);
  } finally {
    await ownApp.close();
    await own.close();
  }
});
