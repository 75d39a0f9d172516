// Scraped plain-text pages in the styles of different outlets: the body without page furniture,
// and the metadata their header and footer lines carry.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractPlainText } from '../../src/extract/plaintext.ts';
import type { Article } from '../../src/model/article.ts';
import { ROOT } from '../helpers/cli.ts';

function extractFixture(name: string): Article {
  const path = join(ROOT, 'test', 'fixtures', 'text', name);
  const bytes = readFileSync(path);
  return extractPlainText(bytes.toString('utf8'), { uri: path, contentType: 'text/plain', bytes, fetchedAt: null });
}

interface Expect {
  title: string | null;
  publisher: string | null;
  published: string | null;
  modified?: string;
  authors: string[];
  dateline: [string, string] | null;
  series?: string[];
  paragraphs: number;
  headings?: string[];
  firstWords: string;
  lastWords: string;
  dropped: string[];
}

const cases: Record<string, Expect> = {
  'wire-ap.txt': {
    title: 'Ukraine grain deal talks resume as ships wait in Black Sea', publisher: 'The Associated Press', published: '2024-03-04',
    authors: ['Jane Doe', 'Marcus Roe'], dateline: ['Istanbul', 'TUR'], paragraphs: 4,
    firstWords: 'ISTANBUL (AP) — Negotiators', lastWords: 'withdrew from the arrangement.',
    dropped: ['AP Photo', 'Copyright 2024', 'By JANE DOE', 'Published 10:32'],
  },
  'wire-reuters.txt': {
    title: 'Britain expands sanctions on shipping firms', publisher: 'Reuters', published: null,
    authors: ['Jane Doe', 'Omar Said'], dateline: ['London', 'GBR'], paragraphs: 3,
    firstWords: 'LONDON, March 4 (Reuters) - Britain', lastWords: 'said in a statement.',
    dropped: ['Read more', 'Tanker insurers face', 'Reporting by', 'Editing by', 'Our Standards'],
  },
  'british.txt': {
    title: 'Ministers split over plan to cut aid budget again', publisher: 'The Daily Chronicle', published: '2024-03-04',
    authors: ['Harriet Vane'], dateline: null, paragraphs: 4, headings: ['What happens next'],
    firstWords: 'Cabinet ministers are divided', lastWords: 'later this month.',
    dropped: ['Sign up to Morning Briefing', 'Explore more', 'Comments (212)', 'Political correspondent'],
  },
  'american.txt': {
    title: 'Senate Panel Weighs New Limits on Arms Exports', publisher: null, published: '2024-03-04',
    authors: ['Peter Quill', 'Gamora Zen'], dateline: ['Washington', 'USA'], paragraphs: 3,
    firstWords: 'WASHINGTON — A Senate committee', lastWords: 'to allies at war.',
    dropped: ['Advertisement', 'Story continues', 'Follow Peter Quill', 'appears in print', 'Reporting from'],
  },
  'asian.txt': {
    title: null, publisher: 'The Harbour Times', published: '2024-03-04', modified: '2024-03-04',
    authors: ['Kim Min-ji'], dateline: ['Tokyo', 'JPN'], paragraphs: 3,
    firstWords: 'Tokyo, March 4 (Kyodo) -- Japan', lastWords: 'tensions in the region.',
    dropped: ['Published :', 'minji@', 'All rights reserved'],
  },
  'mideast.txt': {
    title: 'Regional ministers meet on Red Sea shipping security', publisher: 'Gulf Daily Ledger', published: '2024-03-04',
    authors: [], dateline: ['Dubai', 'ARE'], paragraphs: 3,
    firstWords: 'DUBAI: Foreign ministers', lastWords: 'since December.',
    dropped: ['Related:', 'Source:', 'Published On'],
  },
  'blog.txt': {
    title: 'Why the ceasefire talks keep stalling', publisher: 'Notes from the Field', published: '2024-03-03',
    authors: ['Rosa Delgado'], dateline: null, paragraphs: 4, headings: ['The sticking points'],
    firstWords: 'I have followed the negotiations', lastWords: 'A joint committee on violations',
    dropped: ['Posted by', 'Share this', 'Like Loading', 'Leave a comment', '## '],
  },
};

for (const [file, want] of Object.entries(cases)) {
  test(`plain text, ${file.replace('.txt', '')} style: body and metadata`, () => {
    const a = extractFixture(file);
    assert.equal(a.meta.title, want.title, 'title');
    assert.equal(a.meta.publisher, want.publisher, 'publisher');
    assert.equal(a.meta.published, want.published, 'published');
    if (want.modified) assert.equal(a.meta.modified, want.modified, 'modified');
    assert.deepEqual(a.meta.authors, want.authors, 'authors');
    assert.deepEqual(a.meta.dateline && [a.meta.dateline.place, a.meta.dateline.country], want.dateline, 'dateline');
    assert.deepEqual(a.meta.series, want.series ?? [], 'series');
    assert.equal(a.paragraphs.length, want.paragraphs, `paragraphs:\n${a.text}`);
    assert.deepEqual(a.paragraphs.filter((p) => p.kind === 'heading').map((p) => a.text.slice(p.start, p.end)), want.headings ?? []);
    assert.ok(a.text.startsWith(want.firstWords), `starts: ${a.text.slice(0, 60)}`);
    assert.ok(a.text.endsWith(want.lastWords), `ends: ${a.text.slice(-60)}`);
    for (const s of want.dropped) assert.ok(!a.text.includes(s), `kept furniture "${s}"`);
    // Offsets are into the text and cover it exactly, joined by blank lines.
    assert.equal(a.paragraphs.map((p) => a.text.slice(p.start, p.end)).join('\n\n'), a.text);
  });
}

test('a list block keeps its kind and a blog heading loses its markdown marks', () => {
  const a = extractFixture('blog.txt');
  assert.deepEqual(a.paragraphs.map((p) => p.kind), ['paragraph', 'heading', 'paragraph', 'list']);
});

test('a series note names the series and is not part of the body', () => {
  const text = 'Ministers meet on trade\n\nThis story is part of Borderlines, a series on the world\'s frontiers.\n\nBRUSSELS — Trade ministers met on Monday to discuss tariffs on steel and aluminium imports from outside the bloc.';
  const a = extractPlainText(text, { uri: null, contentType: 'text/plain', bytes: new Uint8Array(), fetchedAt: null });
  assert.deepEqual(a.meta.series, ['Borderlines']);
  assert.ok(a.text.startsWith('BRUSSELS'));
  assert.equal(a.meta.dateline?.country, 'BEL');
});

test('a page with single newlines between paragraphs is split line by line', () => {
  const text = 'KYIV, Ukraine — Air defences shot down most of the drones overnight, the air force said on Tuesday.\nThe attack targeted energy facilities in the south of the country, officials said.\nCopyright 2024 Example News. All rights reserved.';
  const a = extractPlainText(text, { uri: null, contentType: 'text/plain', bytes: new Uint8Array(), fetchedAt: null });
  assert.equal(a.paragraphs.length, 2);
  assert.equal(a.meta.publisher, 'Example News');
  assert.deepEqual([a.meta.dateline?.place, a.meta.dateline?.country], ['Kyiv', 'UKR']);
});

test('an ordinary opening sentence is not mistaken for a dateline', () => {
  const text = 'North Korea - a country of 26 million people - shares a short land border with Russia and a long one with China.';
  const a = extractPlainText(text, { uri: null, contentType: 'text/plain', bytes: new Uint8Array(), fetchedAt: null });
  assert.equal(a.meta.dateline, null);
});

test('a quotation ending in a full stop inside its marks is text, not a title', () => {
  const text = '"We will reopen the pier," the mayor said in a statement released by her office, "and we will do it soon."';
  const a = extractPlainText(text, { uri: null, contentType: 'text/plain', bytes: new Uint8Array(), fetchedAt: null });
  assert.equal(a.meta.title, null);
  assert.equal(a.text, text);
});

test('a short note that is neither prose nor a headline is the article, not an empty page', () => {
  for (const text of ['Vladimir Putin met Kim Jong-un.', 'Putin met Kim.', 'Kim Jong-un arrives in Russia\n\nPutin met Kim.']) {
    const a = extractPlainText(text, { uri: null, contentType: 'text/plain', bytes: new Uint8Array(), fetchedAt: null });
    assert.match(a.text, /Putin met Kim/, text);
  }
  // A headline alone is still no article.
  const t = extractPlainText('Kim Jong-un arrives in Russia', { uri: null, contentType: 'text/plain', bytes: new Uint8Array(), fetchedAt: null });
  assert.equal(t.text, '');
  assert.equal(t.meta.title, 'Kim Jong-un arrives in Russia');
  // Running text that ends in a quotation's exclamation is no headline, alone or under one.
  const line = 'When someone in the crowd shouted, "Resign," the minister laughed and said, "Not today, my friends!"';
  for (const [text, title] of [[line, null], [`Who Will Lead Now?\n\n${line}`, 'Who Will Lead Now?']] as const) {
    const a = extractPlainText(text, { uri: null, contentType: 'text/plain', bytes: new Uint8Array(), fetchedAt: null });
    assert.equal(a.text, line, text);
    assert.equal(a.meta.title, title);
  }
});

test('datelineEnd: where the first sentence starts after a dateline or an agency; kickers are no datelines', async () => {
  const { datelineEnd } = await import('../../src/extract/dateline.ts');
  assert.equal(datelineEnd('VIENNA — The house will be a police station.'), 'VIENNA — '.length);
  assert.equal(datelineEnd('NEW DELHI: Their dream shattered, they returned.'), 'NEW DELHI: '.length);
  assert.equal(datelineEnd('(Reuters) — The attorney general is investigating.'), '(Reuters) — '.length);
  assert.equal(datelineEnd('BOOM: Trump fired a missile at Clinton.'), 0);
  assert.equal(datelineEnd('FIX IS IN: Moderators ignore scandals.'), 0);
  assert.equal(datelineEnd('The house will be a police station.'), 0);
  // (A report filed from two places is dated from the first.)
  assert.equal(datelineEnd('KYIV/ISTANBUL (Reuters) — Russian drones hit the port.'), 'KYIV/ISTANBUL (Reuters) — '.length);
  const { findDateline } = await import('../../src/extract/dateline.ts');
  assert.deepEqual(findDateline('WASHINGTON/LONDON (Reuters) - The talks failed.')?.dateline, { text: 'WASHINGTON/LONDON', place: 'Washington', country: 'USA' });
});

test('a dateline\'s "Georgia" is the country or the US state as its place is ("TBILISI, Georgia", "ATLANTA, Georgia")', async () => {
  const { findDateline } = await import('../../src/extract/dateline.ts');
  assert.equal(findDateline('TBILISI, Georgia (Reuters) — Police fired water cannon.')?.dateline.country, 'GEO');
  assert.equal(findDateline('BATUMI, Georgia — Police fired water cannon.')?.dateline.country, 'GEO');
  assert.equal(findDateline('ATLANTA, Georgia (AP) — Voters lined up.')?.dateline.country, 'USA');
  assert.equal(findDateline('DALTON, Georgia — Voters lined up.')?.dateline.country, 'USA');
  assert.equal(findDateline('PARIS, Texas — Voters lined up.')?.dateline.country, 'USA');
});

test('a short first sentence before a longer paragraph opens the article; a headline and a byline above prose stay header', () => {
  const raw = { uri: null, contentType: 'text/plain', bytes: new Uint8Array(), fetchedAt: null };
  const a = extractPlainText('Obama said the plan failed.\n\nFord said the deal was on, and the talks would go on into the night.', raw);
  assert.match(a.text, /^Obama said the plan failed\./);
  assert.equal(a.meta.title, null);
  const b = extractPlainText('Kim Jong-un arrives in Russia\n\nBy John Doe\n\nPutin met Kim on Tuesday in a long and closely watched meeting in Vladivostok.', raw);
  assert.match(b.text, /^Putin met Kim on Tuesday/);
  assert.equal(b.meta.title, 'Kim Jong-un arrives in Russia');
  assert.deepEqual(b.meta.authors, ['John Doe']);
});

test('"The two leaders spoke for five hours." is a paragraph of the article, not a date line: a span counted from now is no date, and the paragraphs above it stay', () => {
  const text = 'Macron and Putin meet in Moscow\n\nFrench President Emmanuel Macron met Vladimir Putin in Moscow on Monday to discuss the war in Ukraine.\n\n'
    + 'The two leaders spoke for five hours.\n\nMacron said afterwards that he saw room for a deal.';
  const a = extractPlainText(text, { uri: null, contentType: 'text/plain', bytes: new Uint8Array(), fetchedAt: null });
  assert.equal(a.paragraphs.length, 3);
  assert.match(a.text, /^French President Emmanuel Macron met/);
  assert.deepEqual([a.meta.publisher, a.meta.published], [null, null]);
  for (const line of ['Putin met Macron for two hours.', 'Posted 3 hours ago']) {
    assert.equal(extractPlainText(line, { uri: null, contentType: 'text/plain', bytes: new Uint8Array(), fetchedAt: null }).meta.published, null, line);
  }
});

test('text given as is (the JSONL batch form) keeps its wire dateline and agency as metadata; a caller\'s own stand', async () => {
  const { articleFromText } = await import('../../src/extract/given.ts');
  const text = 'KYIV, Ukraine (AP) — Russia launched drones at Ukraine overnight, officials said.\n\nPower was cut in three regions.';
  const a = articleFromText(text, { title: 'Russia strikes Ukraine' });
  assert.deepEqual(a.meta.dateline, { text: 'KYIV, Ukraine', place: 'Kyiv', country: 'UKR' });
  assert.equal(a.meta.publisher, 'AP');
  assert.equal(a.text, text, 'the text is never changed');
  const given = articleFromText(text, { publisher: 'Evening Courier', dateline: null });
  assert.equal(given.meta.publisher, 'Evening Courier');
  assert.equal(given.meta.dateline, null);
  assert.equal(articleFromText('Russia launched drones at Ukraine overnight, officials said.').meta.dateline, null);
});
