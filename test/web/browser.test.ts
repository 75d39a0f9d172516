// The pages in a real headless Chromium (Debian's chromium, driven by playwright-core): every page
// loads without a CSP violation or script error, hostile article text shows as text, provenance
// clicks light up sentences, article -> actor -> pair click-through, the dashboard's map and graph draw.
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../src/web/server.ts';
import { hostileStore, sharedStore, type TestStore } from './fixtures.ts';
import { noShared } from '../helpers/cli.ts';
import { tempDir } from '../helpers/tmp.ts';

const CHROMIUM = process.env.SITREP_CHROMIUM ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : '');
const noChromium: string | false = CHROMIUM && existsSync(CHROMIUM) ? false
  : 'Chromium is absent: run scripts/setup-chromium.sh (installs Debian chromium and sets SITREP_CHROMIUM in .ci/test-env)';
/** Where screenshots go: SITREP_SCREENSHOT_DIR, else a temp dir (printed; removed at exit unless SITREP_KEEP_TEST_DIRS=1). */
const SHOTS = process.env.SITREP_SCREENSHOT_DIR ?? tempDir('sitrep-web-screenshots-');

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];

interface Harness { store: TestStore; app: FastifyInstance; base: string; ctx: BrowserContext; profile: string; problems: string[] }

async function start(store: TestStore): Promise<Harness> {
  const app = await buildServer({ db: store.db, apiToken: 'browser-test-token-0123456789' });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const addr = app.server.address();
  const base = typeof addr === 'object' && addr ? `http://127.0.0.1:${addr.port}` : '';
  const profile = mkdtempSync(join(tmpdir(), 'sitrep-chromium-'));
  const ctx = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: FLAGS, viewport: { width: 1280, height: 900 } });
  const problems: string[] = [];
  ctx.on('page', (p) => watch(p, problems));
  for (const p of ctx.pages()) watch(p, problems);
  return { store, app, base, ctx, profile, problems };
}

function watch(p: Page, problems: string[]): void {
  p.on('console', (m) => { if (m.type() === 'error') problems.push(`${p.url()}: console: ${m.text()}`); });
  p.on('pageerror', (e) => problems.push(`${p.url()}: ${e.message}`));
}

async function stop(h: Harness | undefined): Promise<void> {
  if (!h) return;
  await h.ctx.close().catch(() => undefined);
  await h.app.close();
  await h.store.close();
  rmSync(h.profile, { recursive: true, force: true });
}

async function open(h: Harness, path: string): Promise<Page> {
  const page = h.ctx.pages()[0] ?? (await h.ctx.newPage());
  const r = await page.goto(h.base + path, { waitUntil: 'load' });
  assert.equal(r?.status(), 200, `${path} answered ${r?.status()}`);
  return page;
}

/** Pixels drawn on a page's canvases inside the element (cytoscape and uPlot draw on canvas). */
async function paintedPixels(page: Page, selector: string): Promise<number> {
  return page.$$eval(`${selector} canvas`, (canvases) => {
    let n = 0;
    for (const c of canvases as HTMLCanvasElement[]) {
      const g = c.getContext('2d');
      if (!g || !c.width || !c.height) continue;
      const d = g.getImageData(0, 0, c.width, c.height).data;
      for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++;
    }
    return n;
  });
}

/** Text of badges, muted lines and links under 4.5:1 against the first opaque background behind it
 * (a string: tsx would add helpers a function passed to the page does not have). */
const LOW_CONTRAST = `(() => {
  const lum = (c) => {
    const [r, g, b] = (c.match(/[\\d.]+/g) || ['0', '0', '0']).slice(0, 3).map((v) => { const x = Number(v) / 255; return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const bg = (el) => {
    for (let e = el; e; e = e.parentElement) { const c = getComputedStyle(e).backgroundColor; if (c && !/rgba\\(.*, 0\\)$/.test(c) && c !== 'transparent') return c; }
    return 'rgb(255, 255, 255)';
  };
  const out = [];
  for (const el of document.querySelectorAll('.badge, .muted, a')) {
    const a = lum(getComputedStyle(el).color); const b = lum(bg(el));
    const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    if (ratio < 4.5) out.push(el.tagName + '.' + el.className + ' "' + (el.textContent || '').slice(0, 20) + '": ' + ratio.toFixed(2));
  }
  return [...new Set(out)];
})()`;

function assertNoProblems(h: Harness): void {
  assert.deepEqual(h.problems, [], 'no CSP violation, console error or page error');
}

describe('browser: hostile fixtures', { skip: noChromium }, () => {
  let h: Harness;
  before(async () => { h = await start(await hostileStore(2)); });
  after(async () => stop(h));

  test('hostile article text renders as text and runs nothing', async () => {
    const page = await open(h, `/articles/${h.store.hostileIds[0]}`);
    const pwned = await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned);
    assert.equal(pwned, undefined, 'no injected script ran');
    const title = await page.textContent('h1');
    assert.equal(title, 'Talks <script>window.__pwned=1</script> and <img src=x onerror="window.__pwned=2"> number 1');
    const text = await page.innerText('#article-text');
    assert.ok(text.includes('Ivan <script>window.__pwned=1</script> Petrov said talks went well.'));
    assert.ok(text.includes('</p></div><b>unclosed <i'));
    assert.ok(text.includes('<style>body{display:none}</style>'));
    assert.equal(await page.locator('#article-text script, #article-text img, #article-text svg, #article-text style, #article-text b').count(), 0);
    assert.ok(await page.isVisible('body'));
    const links = await page.$$eval('a[href]', (as) => as.map((a) => a.getAttribute('href') ?? ''));
    assert.ok(links.every((l) => !/^\s*javascript:/i.test(l)), 'no javascript: link');
    assertNoProblems(h);
  });

  test('clicking an event lights up its sentence; article -> actor -> pair', async () => {
    const page = await open(h, `/articles/${h.store.hostileIds[0]}`);
    await page.click('#events li.prov[data-event="1"]');
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, 'article-hostile.png'), fullPage: true });
    const lit = (await page.$$eval('#article-text .lit', (els) => els.map((e) => e.textContent).join(''))).trim();
    assert.ok(lit.startsWith('Washington accused Moscow of hacking'), lit);
    assert.ok(lit.endsWith('loudly.'), lit);
    await page.click('#quotes li.prov');
    const litQuote = await page.$$eval('#article-text .lit', (els) => els.map((e) => e.textContent).join(''));
    assert.match(litQuote, /We will cooperate/);
    await Promise.all([page.waitForURL(/\/actors\//), page.click('#entities a:text("Russia")')]);
    assert.equal(await page.textContent('h1'), 'Russia');
    await page.waitForFunction(() => document.getElementById('actor-graph')?.dataset.drawn !== undefined);
    assert.ok(await paintedPixels(page, '#actor-graph') > 500, 'the relations graph drew');
    await page.screenshot({ path: join(SHOTS, 'actor-hostile.png'), fullPage: true });
    await Promise.all([page.waitForURL(/\/pairs\/RUS\/USA/), page.click('#pairs a[href="/pairs/RUS/USA"]')]);
    assert.match((await page.textContent('h1')) ?? '', /Russia.*United States/);
    await page.waitForFunction(() => document.getElementById('pair-chart')?.dataset.drawn !== undefined);
    assert.ok(await paintedPixels(page, '#pair-chart') > 200, 'the pair chart drew');
    const ticks = (await page.getAttribute('#pair-chart', 'data-x-ticks')) ?? '';
    assert.ok(ticks.length > 0 && ticks.split(' ').every((t) => /^\d{4}-\d{2}-\d{2}$/.test(t)), `the time axis writes days as the pages do: ${ticks}`);
    const box = await page.locator('#pair-chart .u-over').boundingBox();
    assert.ok(box);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForSelector('#week-events li.event');
    assert.match(await page.innerText('#week-events'), /accused Moscow/);
    await page.screenshot({ path: join(SHOTS, 'pair-hostile.png'), fullPage: true });
    assertNoProblems(h);
  });
  test('nothing is wider than a 375 px phone screen; keyboard focus is visible', async () => {
    const page = await h.ctx.newPage();
    try {
      await page.setViewportSize({ width: 375, height: 800 });
      const wide: string[] = [];
      for (const path of ['/', `/articles/${h.store.hostileIds[0]}`, '/actors', '/pairs', '/pairs/RUS/USA', '/search?q=talks', '/actors/country%3ARUS']) {
        const r = await page.goto(h.base + path, { waitUntil: 'load' });
        assert.equal(r?.status(), 200, path);
        const w = await page.evaluate(() => document.documentElement.scrollWidth);
        if (w > 375) wide.push(`${path}: ${w}px`);
      }
      assert.deepEqual(wide, [], 'pages scroll sideways on a phone');
      // A quote or event on the article page is reached with Tab: its focus must show.
      await page.goto(`${h.base}/articles/${h.store.hostileIds[0]}`, { waitUntil: 'load' });
      await page.focus('#events li.prov');
      const outline = await page.$eval('#events li.prov', (el) => getComputedStyle(el).outlineStyle);
      assert.notEqual(outline, 'none', 'the focused item has an outline');
      // Text on coloured badges and muted text meet WCAG AA (4.5:1) against what is behind them.
      const low = await page.evaluate(LOW_CONTRAST) as string[];
      assert.deepEqual([...new Set(low)].slice(0, 5), [], 'text contrast below 4.5:1');
    } finally {
      await page.close();
    }
    assertNoProblems(h);
  });
});

describe('browser: the shared corpus', { skip: noChromium || noShared }, () => {
  let h: Harness;
  let ingested = { new: 0, updated: 0, duplicate: 0, failed: 0, failures: [] as string[] };
  before(async () => {
    const s = await sharedStore();
    ingested = s.ingested;
    h = await start(s);
  }, { timeout: 900_000 });
  after(async () => stop(h));

  test('924 PolNeAR articles and the reference article are in the store', async () => {
    // PolNeAR holds one article twice (same text, two ids): ingest stores it once (the second
    // reading updates the first).
    assert.deepEqual({ failed: ingested.failed, failures: ingested.failures }, { failed: 0, failures: [] });
    assert.equal(ingested.new + ingested.updated + ingested.duplicate, 925);
    const n = await h.store.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM articles');
    assert.equal(Number(n?.n), 926, '923 PolNeAR texts, the reference article and 2 hostile fixtures');
  });

  test('dashboard: stories, event counts, map and graph drew; screenshot', async () => {
    const page = await open(h, '/?week=2016-09-14');
    assert.match(await page.textContent('h1') ?? '', /Week of 2016-09-12 to 2016-09-18/);
    const stories = await page.locator('#stories li.story').count();
    assert.ok(stories > 0, 'top stories listed');
    const countries = await page.locator('#map path.land:not(.s0)').count();
    const places = await page.locator('#map circle.place').count();
    assert.ok(countries > 0, 'the map shades countries with events');
    assert.ok(await page.locator('#map path.land').count() > 150, 'the world is drawn');
    await page.waitForFunction(() => document.getElementById('pair-graph')?.dataset.drawn !== undefined);
    const graphPixels = await paintedPixels(page, '#pair-graph');
    assert.ok(graphPixels > 500, 'the pair graph drew');
    const bars = await page.locator('#event-types rect.bar').count();
    assert.ok(bars > 0, 'event counts by type');
    mkdirSync(SHOTS, { recursive: true });
    const file = join(SHOTS, 'dashboard.png');
    await page.screenshot({ path: file, fullPage: true });
    writeFileSync(join(SHOTS, 'dashboard.json'), JSON.stringify({ stories, countries, places, graphPixels, bars }, null, 2));
    console.log(`# dashboard screenshot: ${file} (${stories} stories, ${countries} shaded countries, ${places} places, ${bars} event types, ${graphPixels} graph pixels; SITREP_KEEP_TEST_DIRS=1 or SITREP_SCREENSHOT_DIR keeps it)`);
    assertNoProblems(h);
  });

  test('search: highlighted hits and a facet that narrows them', async () => {
    const page = await open(h, '/search?q=Clinton');
    const count = Number(/(\d+) article/.exec((await page.textContent('#result-count')) ?? '')?.[1]);
    assert.ok(count > 100, `many articles name Clinton (${count})`);
    assert.ok(await page.locator('.hit .snippet mark').count() > 0, 'hits are highlighted');
    const facet = page.locator('.facet[data-facet="publisher"] li a').first();
    await Promise.all([page.waitForURL(/publisher=/), facet.click()]);
    const narrowed = Number(/(\d+) article/.exec((await page.textContent('#result-count')) ?? '')?.[1]);
    assert.ok(narrowed > 0 && narrowed < count, `${narrowed} < ${count}`);
    // More matches than the facets count: the page says so (a facet's '500' is not all of them).
    const wide = await open(h, '/search?q=Clinton');
    assert.equal((await wide.textContent('.facet-basis'))?.trim(), `Counted over the best 500 of the ${count} matches.`);
    // On a phone the results come before the dozens of facet rows.
    await wide.setViewportSize({ width: 375, height: 800 });
    const hitTop = (await wide.locator('.hit').first().boundingBox())?.y ?? Infinity;
    const facetTop = (await wide.locator('.facets').boundingBox())?.y ?? -1;
    assert.ok(hitTop < facetTop, `first hit at ${hitTop}px, facets at ${facetTop}px`);
    await wide.setViewportSize({ width: 1280, height: 900 });
    assertNoProblems(h);
  });

  test('the reference article shows its text and structure', async () => {
    const row = await h.store.db.get<{ id: string }>("SELECT id FROM articles WHERE uri LIKE '%kim-putin%'");
    assert.ok(row, 'the reference article is stored');
    const page = await open(h, `/articles/${row.id}`);
    assert.match(await page.innerText('#article-text'), /Kim/);
    const events = await page.locator('#events li.prov').count();
    const quotes = await page.locator('#quotes li.prov').count();
    if (quotes) {
      await page.click('#quotes li.prov');
      assert.ok(await page.locator('#article-text .lit').count() > 0, 'the quote sentence lights up');
    }
    console.log(`# reference article: ${events} events, ${quotes} quotes, ${await page.locator('#entities li.entity').count()} entities`);
    assertNoProblems(h);
  });

  test('every page loads', async () => {
    const story = await h.store.db.get<{ id: string }>('SELECT id FROM corpus_stories ORDER BY size DESC LIMIT 1');
    const actor = await h.store.db.get<{ k: string }>("SELECT actor_key AS k FROM article_entities WHERE type = 'PERSON' GROUP BY actor_key ORDER BY COUNT(*) DESC LIMIT 1");
    const paths = ['/', '/search', '/search?q=debate&eventType=ACCUSE', '/actors', '/pairs', '/stories?week=2016-09-14', '/briefings', '/subscribe'];
    if (story) paths.push(`/stories/${encodeURIComponent(story.id)}`);
    if (actor) paths.push(`/actors/${encodeURIComponent(actor.k)}`);
    for (const p of paths) await open(h, p);
    const docs = await open(h, '/api/docs');
    await docs.waitForSelector('.swagger-ui .opblock', { timeout: 20_000 });
    assert.ok(await docs.locator('.swagger-ui .opblock').count() > 10, 'the API docs list the operations');
    assertNoProblems(h);
  });
});
