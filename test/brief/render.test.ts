// Looks at the rendered mail in headless Chromium: both widths lay out without sideways scrolling,
// every section is there, and every sentence's source link is visible.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { composeFromStore } from '../../src/brief/issues.ts';
import { render } from '../../src/brief/render/index.ts';
import { mdEscape } from '../../src/brief/render/markdown.ts';
import { weekPeriod } from '../../src/brief/week.ts';
import { addWatchlist } from '../../src/brief/watchlists.ts';
import { fixtureStore } from './fixtures.ts';
import { launch, noChromium, screenshot } from './browser.ts';
import { tempDir } from '../helpers/tmp.ts';

test('the mail and the web page look right in Chromium at phone and desktop widths', { skip: noChromium, timeout: 60_000 }, async () => {
  const { db } = await fixtureStore();
  const out = tempDir('sitrep-brief-shots-');
  const browser = await launch();
  try {
    await addWatchlist(db, { name: 'Summit', spec: { actors: ['Vladimir Putin'] } });
    const b = await composeFromStore(db, weekPeriod('2023-W37'), 'Threat Status');
    const o = { baseUrl: 'http://127.0.0.1:8080', unsubscribeUrl: 'http://127.0.0.1:8080/unsubscribe?t=x.y', webUrl: 'http://127.0.0.1:8080/briefings/2023-W37' };
    for (const format of ['email', 'html'] as const) {
      for (const width of [375, 700]) {
        const shot = await screenshot(browser, render(b, format, o), width, join(out, `${format}-${width}.png`));
        assert.deepEqual(shot.texts, ['Top stories', 'Relations that moved', 'What is coming', 'Watchlist hits'], `${format} @${width}`);
        assert.ok(shot.scrollWidth <= shot.clientWidth, `${format} @${width}px scrolls sideways (${shot.scrollWidth}px)`);
        assert.ok(shot.png.length > 20_000, 'a page with content, not a blank one');
      }
    }
    // Every source link is rendered visibly, inside the sheet.
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
    await page.route('**/*', (r) => r.abort());
    await page.setContent(render(b, 'email', o));
    const boxes = await page.$$eval('a.src', (as) => as.map((a) => {
      const r = a.getBoundingClientRect();
      return { w: r.width, h: r.height, right: r.right };
    }));
    assert.ok(boxes.length >= 10);
    for (const bx of boxes) assert.ok(bx.w > 0 && bx.h > 0 && bx.right <= 375, JSON.stringify(bx));
    await page.close();
  } finally {
    await browser.close();
    await db.close();
  }
});

test('Markdown: article text with a carriage return cannot start a heading, list, quote or raw block', () => {
  // CommonMark ends a line at CR as at LF; text analysed as given keeps its CRs.
  for (const s of ['talks\r# Pwned', 'talks\r\n- item', 'talks\r> quote', 'talks\r<div>x</div>', 'a\n\n\r\n## b']) {
    const e = mdEscape(s);
    assert.doesNotMatch(e, /[\r\n]/, JSON.stringify(e));
  }
  assert.equal(mdEscape('a\r\nb'), 'a b');
});

test('an intent PLOVER codes as AGREE is labelled by what is intended ("will meet" is a planned meeting, not an agreement)', async () => {
  const { eventLabel } = await import('../../src/brief/render/common.ts');
  const sentence = { text: 'Ryan and Trump will meet next week.', source: { articleId: 'a', title: null, publisher: null, published: '2016-05-05', url: null, start: 0, end: 35 } };
  const item = { type: 'AGREE', status: 'planned', date: null, actor: 'Paul Ryan', target: 'Donald Trump', score: 1, sentence };
  assert.equal(eventLabel({ ...item, cameo: '036' }), 'meeting · Paul Ryan → Donald Trump · planned');
  assert.equal(eventLabel({ ...item, cameo: '057', status: 'actual' }), 'agreement · Paul Ryan → Donald Trump');
  assert.equal(eventLabel(item), 'agreement · Paul Ryan → Donald Trump · planned');
  // Only the side acted on is named: the arrow says so ("sue the panel" with no one named suing).
  assert.equal(eventLabel({ ...item, type: 'ACCUSE', actor: null, target: 'the panel' }), 'accusation · → the panel · planned');
});
