// HTML extraction on pages written for these tests: body text and structure, boilerplate left out,
// each metadata source and its fallback, scripts never run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractHtml } from '../../src/extract/html/index.ts';
import { Meta, Paragraph } from '../../src/model/analysis.ts';
import { articleId } from '../../src/model/id.ts';
import type { Article } from '../../src/model/article.ts';
import { ROOT } from '../helpers/cli.ts';

const FIX = join(ROOT, 'test', 'fixtures', 'html');

function page(name: string, uri: string | null = name): Article {
  return extractHtml({ uri, contentType: 'text/html', bytes: readFileSync(join(FIX, name)), fetchedAt: null });
}

function html(body: string, head = '', uri: string | null = 'test.html'): Article {
  return extractHtml({ uri, contentType: 'text/html', bytes: Buffer.from(`<html><head>${head}</head><body>${body}</body></html>`), fetchedAt: null });
}

const PARAS = '<div class="story"><p>The first paragraph of the report is long enough to count as real text, with a comma or two, and a full stop.</p><p>A second paragraph carries on the story, adding detail that a reader would want, and it ends properly.</p></div>';

test('body text keeps paragraphs, headings, lists, quotes and tables, with offsets into the text', () => {
  const a = page('jsonld-article.html');
  const kinds = a.paragraphs.map((p) => p.kind);
  assert.deepEqual(kinds, ['paragraph', 'paragraph', 'heading', 'paragraph', 'list', 'quote', 'table', 'paragraph']);
  for (const p of a.paragraphs) {
    Paragraph.parse(p);
    const t = a.text.slice(p.start, p.end);
    assert.equal(t, t.trim());
    assert.ok(t.length > 0);
  }
  assert.equal(a.paragraphs.map((p) => a.text.slice(p.start, p.end)).join('\n\n'), a.text);
  assert.match(a.text, /^The old harbour bridge opened/);
  assert.match(a.text, /New steel supports along the full length\nA wider footpath/);
  assert.match(a.text, /2021 \| 18,000/);
  assert.match(a.text, /ring road\.$/);
});

test('navigation, cookie banner, share bar, related links, comments, footer, headline and scripts stay out', () => {
  const a = page('jsonld-article.html');
  for (const junk of ['cookies', 'Home', 'Share on', 'Ferry timetable', 'Related', 'Great news', 'Copyright', 'Advertisement', 'INJECTED', 'alert', 'color: red', 'By Marta']) {
    assert.ok(!a.text.includes(junk), `text should not contain "${junk}"`);
  }
  assert.ok(!a.text.startsWith('Harbour bridge reopens'), 'the headline is the title, not body text');
});

test('JSON-LD is the first source of metadata, ahead of meta tags', () => {
  const a = page('jsonld-article.html');
  Meta.parse(a.meta);
  assert.equal(a.meta.title, 'Harbour bridge reopens after two years of repairs');
  assert.equal(a.meta.publisher, 'The Coastal Ledger');
  assert.equal(a.meta.published, '2024-03-05T08:30:00+01:00');
  assert.equal(a.meta.modified, '2024-03-06T10:00:00+01:00');
  assert.deepEqual(a.meta.authors, ['Marta Kowalczyk', 'Tomas Reyes']);
  assert.equal(a.meta.section, 'Local');
  assert.equal(a.meta.image, 'https://ledger.example.com/img/bridge.jpg');
  assert.equal(a.meta.canonicalUrl, 'https://ledger.example.com/news/2024/03/05/harbour-bridge-reopens');
  assert.equal(a.meta.language, 'en');
  assert.equal(a.id, articleId('https://ledger.example.com/news/2024/03/05/harbour-bridge-reopens', a.text));
  assert.equal(a.source.contentType, 'text/html');
});

test('meta tags when there is no JSON-LD: og:*, article:*, author; relative image made absolute', () => {
  const a = page('meta-tags.html');
  assert.equal(a.meta.title, 'Les vendanges commencent tôt cette année');
  assert.equal(a.meta.publisher, 'Journal du Sud');
  assert.equal(a.meta.published, '2023-08-21T06:15:00Z');
  assert.equal(a.meta.modified, '2023-08-22T09:00:00Z');
  assert.deepEqual(a.meta.authors, ['Claire Dubois']);
  assert.equal(a.meta.section, 'Région');
  assert.equal(a.meta.language, 'fr');
  assert.equal(a.meta.canonicalUrl, 'https://journal-du-sud.example.fr/region/vendanges-precoces');
  assert.equal(a.meta.image, 'https://journal-du-sud.example.fr/images/vignes.jpg');
  assert.equal(a.paragraphs.length, 3);
});

test('<time datetime> and rel=author when the head says nothing; publisher falls back to the domain', () => {
  const a = page('time-rel-author.html', 'https://www.county-news.example.org/library-hours');
  assert.equal(a.meta.published, '2022-11-14T17:45:00-05:00');
  assert.deepEqual(a.meta.authors, ['Nadia Okafor']);
  assert.equal(a.meta.publisher, 'county-news.example.org');
  assert.equal(a.meta.title, 'Library extends its opening hours');
  assert.equal(a.meta.language, null, 'no lang attribute: left to the language detector');
  assert.ok(!a.text.includes('Most read') && !a.text.includes('School bus'));
  assert.ok(!a.text.includes('Posted'));
});

test('a date in the URL, and "By Staff" is not an author', () => {
  const a = page('byline-text.html', 'https://news.example.com/2020/07/12/river-levels-fall');
  assert.equal(a.meta.published, '2020-07-12');
  assert.deepEqual(a.meta.authors, []);
  assert.ok(!a.text.includes('By Staff'), 'the byline line is metadata, not text');
  assert.match(a.text, /^River levels across the valley/);
});

test('a date in a marked element of the page, a byline in the text, a dateline from the first paragraph', () => {
  const a = page('visible-date-byline.html');
  assert.equal(a.meta.published, '2021-03-03');
  assert.deepEqual(a.meta.authors, ['Henrik Larsen', 'Aiko Tanaka']);
  assert.deepEqual(a.meta.dateline, { text: 'SEOUL, South Korea', place: 'Seoul', country: 'KOR' });
  assert.match(a.text, /^SEOUL, South Korea — Residents voted/);
});

test('a date written in the body text is the last resort', () => {
  const a = html(`<div class="story"><p>Last updated 4 February 2019, the figures below come from the annual survey, which the ministry publishes every winter.</p>${PARAS}</div>`);
  assert.equal(a.meta.published, '2019-02-04');
});

test('the <title> is the title of last resort, without the site name', () => {
  const a = html(PARAS, '<title>Budget passes after long night | Daily Courier</title><meta property="og:site_name" content="Daily Courier">');
  assert.equal(a.meta.title, 'Budget passes after long night');
  assert.equal(a.meta.publisher, 'Daily Courier');
});

test('author names: meta author with several names, a date or a role is never a name', () => {
  assert.deepEqual(html(PARAS, '<meta name="author" content="Ana Silva, Bruno Costa">').meta.authors, ['Ana Silva', 'Bruno Costa']);
  assert.deepEqual(html(PARAS, '<meta name="author" content="November 12, 2020">').meta.authors, []);
  assert.deepEqual(html(PARAS, '<meta name="author" content="Editorial Board">').meta.authors, []);
  assert.deepEqual(html(PARAS, '<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Li Wei Zhang"}}</script>').meta.authors, ['Li Wei Zhang']);
  assert.deepEqual(html(PARAS, '<script type="application/ld+json">{"@type":"NewsArticle","author":"By Staff"}</script>').meta.authors, []);
});

test('broken JSON-LD is ignored, not fatal', () => {
  const a = html(PARAS, '<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script><meta property="og:title" content="Fallback title">');
  assert.equal(a.meta.title, 'Fallback title');
});

test('dates are ISO: compact, slashed, written out; implausible years refused', async () => {
  const { toIsoDate, dateInUrl } = await import('../../src/extract/html/dates.ts');
  assert.equal(toIsoDate('2019-11-19'), '2019-11-19');
  assert.equal(toIsoDate('2019-11-19T10:03:00-0500'), '2019-11-19T10:03:00-05:00');
  assert.equal(toIsoDate('Tue, 19 Nov 2019 15:03:00 GMT'), '2019-11-19');
  assert.equal(toIsoDate('Nov. 19, 2019 5:00 p.m. ET'), '2019-11-19');
  assert.equal(toIsoDate('20191119'), '2019-11-19');
  assert.equal(toIsoDate('2019/11/19'), '2019-11-19');
  assert.equal(toIsoDate('1574168580'), '2019-11-19');
  assert.equal(toIsoDate('2019-02-30'), null);
  assert.equal(toIsoDate('1200-01-01'), null);
  assert.equal(toIsoDate('yesterday'), null);
  assert.equal(dateInUrl('https://x.example/2019/11/19/story'), '2019-11-19');
  assert.equal(dateInUrl('https://x.example/news/story-20191119.html'), '2019-11-19');
  assert.equal(dateInUrl('https://x.example/news/12345678'), null);
});

test('the body is found by scoring when there is no article markup, and link lists are left out', () => {
  const links = Array.from({ length: 12 }, (_, i) => `<li><a href="/s${i}">Another story number ${i} on this site</a></li>`).join('');
  const a = html(`<div id="top"><ul>${links}</ul></div><div id="x1"><div id="x2">${PARAS}<p>Third paragraph, also in the same container, also long enough to matter here.</p></div></div><div><ul>${links}</ul></div>`);
  assert.equal(a.paragraphs.length, 3);
  assert.ok(!a.text.includes('Another story'));
});

test('a page with no article text is a clear error naming the input', () => {
  assert.throws(() => page('empty-body.html'), /empty-body\.html: no article text found/);
});

test('malformed markup still gives the text a reader would see', () => {
  const a = page('malformed.html');
  assert.match(a.text, /badly broken/);
  assert.match(a.text, /with overlapping markup everywhere/);
});

test('older pages: text straight in <body> or a layout cell, paragraphs ended by <br><br>', () => {
  const s = 'The council met on Monday evening, and after a long debate it agreed to repair the old bridge before winter.';
  const a = html(`${s}<br><br>${s.replace('council', 'board')}<br>a second line<br>\n<br>${s.replace('Monday', 'Friday')}`);
  assert.equal(a.paragraphs.length, 3);
  assert.match(a.text, /before winter\.\n\nThe board met/);
  assert.match(a.text, /before winter\.\na second line/);
  const b = html(`<table><tr><td><a href="/">Home</a> <a href="/n">News</a></td></tr><tr><td><font face="arial">${s}<br><br>${s}</font></td></tr></table>`);
  assert.equal(b.paragraphs.length, 2);
  assert.ok(!b.text.includes('Home'));
});

test('a bare fragment or one short paragraph is still read', () => {
  assert.equal(html('<article><p>Short.</p></article>').text, 'Short.');
  const a = extractHtml({ uri: 'frag.html', contentType: 'text/html', bytes: Buffer.from('<p>Only a fragment of a page, with one paragraph in it.</p>'), fetchedAt: null });
  assert.equal(a.text, 'Only a fragment of a page, with one paragraph in it.');
});

test('a closing biography of the author is not article text; a closing paragraph about someone else is', () => {
  const head = '<meta name="author" content="Marta Okafor">';
  const bio = '<p>Marta Okafor is a staff correspondent covering river trade from the coastal bureau.</p>';
  const a = html(`<article>${PARAS}${bio}</article>`, head);
  assert.deepEqual(a.meta.authors, ['Marta Okafor']);
  assert.doesNotMatch(a.text, /staff correspondent/);
  assert.match(a.text, /ends properly\.$/);
  // The same shape about a person who did not write it is the story's own last paragraph.
  const other = html(`<article>${PARAS}<p>Dina Sorel is a retired ferry pilot who still rows across the harbour every morning.</p></article>`, head);
  assert.match(other.text, /retired ferry pilot/);
  // A biography in the middle of the text is left alone too.
  const middle = html(`<article><div class="story">${bio}<p>The first paragraph of the report is long enough to count as real text, with a comma or two, and a full stop.</p><p>A second paragraph carries on the story, adding detail that a reader would want, and it ends properly.</p><p>A third paragraph closes the report with one more detail that a reader would want to know.</p><p>A fourth one, since the tail is the last three blocks, and this is the last of them.</p></div></article>`, head);
  assert.match(middle.text, /^Marta Okafor is a staff correspondent/);
});

test('series: JSON-LD isPartOf typed as a series, and a closing series note', () => {
  const ld = `<script type="application/ld+json">${JSON.stringify({
    '@type': 'NewsArticle', headline: 'Bridges of the north', isPartOf: [{ '@type': 'WebSite', name: 'Harbour Daily' }, { '@type': 'CreativeWorkSeries', name: 'Crossings' }],
  })}</script>`;
  assert.deepEqual(html(`<article>${PARAS}</article>`, ld).meta.series, ['Crossings']);
  // isPartOf the website or a paywall product is not a series.
  const site = `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', isPartOf: { '@type': 'Product', name: 'Harbour Daily' } })}</script>`;
  assert.deepEqual(html(`<article>${PARAS}</article>`, site).meta.series, []);
  const note = html(`<article>${PARAS}<p>This story is part of the Border Towns series on life along the frontier.</p></article>`);
  assert.deepEqual(note.meta.series, ['Border Towns']);
  assert.doesNotMatch(note.text, /Border Towns/);
});

test('a hover card inside a paragraph stays out, the name it hangs on stays in', () => {
  const card = '<span class="rollover-people"><a href="/p/ana">Ana Ortiz</a><span class="rollover-people-block"><a class="name" href="/p/ana">Ana Maria Ortiz</a>'
    + '<a class="people-articles" href="/x">Sheriff closes the coast road</a> <a class="more" href="/p/ana">MORE</a></span></span>';
  const a = html(`<div class="story"><p>County Sheriff ${card} (D) said the coast road would stay closed until the storm has passed, and that crews were ready.</p>`
    + '<p>A second paragraph carries on the story, adding detail that a reader would want, and it ends properly.</p></div>');
  assert.match(a.text, /^County Sheriff Ana Ortiz \(D\) said the coast road/);
  for (const junk of ['Ana Maria', 'closes the coast', 'MORE']) assert.ok(!a.text.includes(junk), junk);
});
