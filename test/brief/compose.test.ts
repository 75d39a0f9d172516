import { test } from 'node:test';
import assert from 'node:assert/strict';
import { composeFromStore } from '../../src/brief/issues.ts';
import { loadArticles } from '../../src/brief/source.ts';
import { rangePeriod, weekPeriod, isoWeekOf } from '../../src/brief/week.ts';
import { addWatchlist } from '../../src/brief/watchlists.ts';
import type { Briefing, Sourced } from '../../src/brief/model.ts';
import { render } from '../../src/brief/render/index.ts';
import { InputError } from '../../src/model/errors.ts';
import { fixtureStore, analysis, ARTICLES } from './fixtures.ts';
import { saveAnalysis } from '../../src/store/articles.ts';

const O = { baseUrl: 'http://127.0.0.1:8080' };

/** Every piece of article text in the briefing, with where it claims to come from. */
function sourcedOf(b: Briefing): Sourced[] {
  return [
    ...b.stories.flatMap((s) => [...s.summary, ...(s.quote ? [s.quote.sentence] : [])]),
    ...b.relations.flatMap((r) => r.behind.map((e) => e.sentence)),
    ...b.coming.map((e) => e.sentence),
    ...b.watch.map((h) => h.sentence),
  ];
}

test('ISO weeks and ranges parse, and bad ones are refused by name', () => {
  assert.deepEqual(weekPeriod('2023-W37'), { id: '2023-W37', since: '2023-09-11', until: '2023-09-17' });
  assert.deepEqual(weekPeriod('2016-W01'), { id: '2016-W01', since: '2016-01-04', until: '2016-01-10' });
  assert.equal(isoWeekOf('2021-01-03'), '2020-W53');
  assert.throws(() => weekPeriod('2023-W54'), (e) => e instanceof InputError && /2023 has no week 54/.test(e.message));
  assert.throws(() => weekPeriod('37'), /--week/);
  assert.throws(() => rangePeriod('2023-09-10', '2023-09-01'), /before/);
  assert.throws(() => rangePeriod('2023-02-30', '2023-03-01'), /--since/);
});

test('a briefing from a store: ranked stories, every sentence sourced, relations, what is coming', async () => {
  const { db } = await fixtureStore();
  try {
    await addWatchlist(db, { name: 'Korean border', spec: { pairs: [['PRK', 'KOR']], minSeverity: 5 } });
    const b = await composeFromStore(db, weekPeriod('2023-W37'), 'Threat Status');
    const texts = new Map((await loadArticles(db, '2023-08-01', '2023-09-30')).map((a) => [a.id, a.text]));

    assert.equal(b.stats.articles, 5);
    // The border clash (two outlets, deadly) outranks the summit and the farm prices.
    assert.match(b.stories[0].headline!.text, /Shelling/);
    assert.equal(b.stories.at(-1)!.headline!.text, 'Farm prices rise after a dry summer');
    assert.ok(b.stories[0].severity >= 9);
    assert.equal(b.stories[0].quote?.speaker, 'Han Min-jun');
    assert.ok(b.stories[0].actors.some((a) => a.name === 'North Korea'));

    // No sentence without a source: each is the article's own text at the offsets it names.
    const all = sourcedOf(b);
    assert.ok(all.length >= 10);
    for (const s of all) {
      const text = texts.get(s.source.articleId);
      assert.ok(text, `unknown article ${s.source.articleId}`);
      assert.equal(text.slice(s.source.start, s.source.end).replace(/\s+/g, ' ').trim(), s.text);
    }
    assert.ok(!all.some((s) => /Click here/.test(s.text)), 'promotional lines are not summary material');
    assert.ok(!all.some((s) => /Additional reporting/.test(s.text)), 'wire credits are not summary material');

    const pair = b.relations.find((r) => r.a === 'KOR' && r.b === 'PRK');
    assert.ok(pair && pair.shift < -5, 'the Koreas moved towards conflict');
    assert.equal(pair.baseline, 1);
    assert.ok(pair.behind.some((e) => e.type === 'ASSAULT'));

    assert.deepEqual(b.coming.map((e) => [e.date, e.type]), [['2023-10', 'AGREE'], ['2023-10-01', 'THREATEN']]);
    assert.ok(b.coming.every((e) => e.date! > '2023-09-17'));

    assert.equal(b.watch.length, 1, 'one hit per story and watchlist');
    assert.equal(b.watch[0].watchlist, 'Korean border');
    assert.match(b.watch[0].sentence.text, /^Artillery fire/);

    // Deterministic for the same store and week.
    const again = await composeFromStore(db, weekPeriod('2023-W37'), 'Threat Status');
    assert.equal(JSON.stringify(again), JSON.stringify(b));

    // Filters keep what involves the subscriber's countries / types only.
    const f = await composeFromStore(db, weekPeriod('2023-W37'), 'Threat Status', { eventTypes: ['AID', 'AGREE'] });
    assert.ok(f.stories.length >= 1 && f.stories.every((s) => !/Farm|Shelling/.test(s.headline!.text)));
    assert.ok(f.coming.every((e) => e.type === 'AGREE'));
  } finally {
    await db.close();
  }
});

const country = (name: string, code: string) => ({ name, type: 'GPE' as const, country: code });

/** An "Erdogan turns to Moscow" report: a shelling of Syria, then `second`, with these quotations. */
function erdoganReport(url: string, second: string, quotes: Parameters<typeof analysis>[0]['quotes']) {
  return analysis({
    title: 'Erdogan turns to Moscow', publisher: 'Evening Courier', published: '2023-09-13', url,
    paragraphs: ['Turkey sent tanks into northern Syria on Wednesday.', second],
    entities: [country('Turkey', 'TUR'), country('Syria', 'SYR'), { name: 'Erdogan', type: 'PERSON', country: 'TUR' }],
    events: [{ type: 'ASSAULT', actor: { name: 'Turkey', country: 'TUR' }, target: { name: 'Syria', country: 'SYR' }, in: 'sent tanks' }],
    quotes,
  });
}

/** The briefing of 2023-09-11..17 from a store holding one fixture article and these analyses. */
async function briefWith(...extra: ReturnType<typeof analysis>[]): Promise<Briefing> {
  const { db } = await fixtureStore(ARTICLES.slice(0, 1));
  try {
    for (const a of extra) await saveAnalysis(db, a);
    return await composeFromStore(db, rangePeriod('2023-09-11', '2023-09-17'), 'Threat Status');
  } finally {
    await db.close();
  }
}

test('a relation moves only on events in two sentences: one sentence, however strong, is one reading', async () => {
  const once = analysis({
    title: 'Ferry row', publisher: 'Baltic Wire', published: '2023-09-12', url: 'https://baltic.example/ferry',
    paragraphs: ['Finland attacked Denmark over the ferry schedule on Tuesday.', 'Estonia and Finland met in Tallinn.'],
    entities: [country('Finland', 'FIN'), country('Denmark', 'DNK'), country('Estonia', 'EST')],
    events: [{ type: 'ASSAULT', actor: { name: 'Finland', country: 'FIN' }, target: { name: 'Denmark', country: 'DNK' }, in: 'attacked Denmark' }],
  });
  const twice = analysis({
    title: 'Border talks', publisher: 'Baltic Wire', published: '2023-09-13', url: 'https://baltic.example/talks',
    paragraphs: ['Estonia accused Finland of stalling the talks.', 'Finland accused Estonia of leaking the draft on Wednesday.'],
    entities: [country('Finland', 'FIN'), country('Estonia', 'EST')],
    events: [
      { type: 'ACCUSE', actor: { name: 'Estonia', country: 'EST' }, target: { name: 'Finland', country: 'FIN' }, in: 'accused Finland' },
      { type: 'ACCUSE', actor: { name: 'Finland', country: 'FIN' }, target: { name: 'Estonia', country: 'EST' }, in: 'accused Estonia' },
    ],
  });
  const pairs = (await briefWith(once, twice)).relations.map((r) => `${r.a}-${r.b}`);
  assert.ok(pairs.includes('EST-FIN'), JSON.stringify(pairs));
  assert.ok(!pairs.includes('DNK-FIN'), JSON.stringify(pairs));
});

test('stories rank by their worst events, not the one worst: three clashes between states outrank one killing at home', async () => {
  const once = analysis({
    title: 'Campaign rally marred', publisher: 'Metro Daily', published: '2023-09-12', url: 'https://metro.example/rally',
    paragraphs: ['A man was killed near the rally in Ohio on Tuesday, police said.', 'The campaign went on with its schedule.'],
    entities: [country('Ohio', 'USA')],
    events: [{ type: 'ASSAULT', actor: { name: 'a man', country: null }, target: { name: 'Ohio', country: 'USA' }, in: 'killed near' }],
  });
  const states = analysis({
    title: 'Blockade tightens on the strait', publisher: 'Metro Daily', published: '2023-09-13', url: 'https://metro.example/strait',
    paragraphs: ['Russia seized two Ukrainian grain ships on Wednesday.', 'Russia detained the crews.', 'Ukraine seized a Russian tanker in reply.'],
    entities: [country('Russia', 'RUS'), country('Ukraine', 'UKR')],
    events: [
      { type: 'COERCE', actor: { name: 'Russia', country: 'RUS' }, target: { name: 'Ukraine', country: 'UKR' }, in: 'seized two' },
      { type: 'COERCE', actor: { name: 'Russia', country: 'RUS' }, target: { name: 'Ukraine', country: 'UKR' }, in: 'detained the crews' },
      { type: 'COERCE', actor: { name: 'Ukraine', country: 'UKR' }, target: { name: 'Russia', country: 'RUS' }, in: 'seized a Russian' },
    ],
  });
  const b = await briefWith(once, states);
  const rank = (t: string) => b.stories.findIndex((x) => x.headline?.text === t);
  assert.ok(rank('Blockade tightens on the strait') >= 0 && rank('Blockade tightens on the strait') < rank('Campaign rally marred'), JSON.stringify(b.stories.map((x) => [x.headline?.text, x.score])));
  // The displayed severity is still the worst single event.
  assert.equal(b.stories[rank('Campaign rally marred')].severity, 9);
});

test('every renderer escapes article text and links every sentence', async () => {
  const hostile = analysis({
    title: 'Hostile <script>alert(1)</script> title',
    publisher: 'Evil <b>Press</b>', published: '2023-09-12', url: 'https://evil.example/x',
    paragraphs: [
      'Protesters in the capital of Russia shouted <img src=x onerror=alert(1)> slogans at the embassy of the United States today.',
      'A leaflet said [click](javascript:alert(1)) and *stars* and _under_ and # hashes, which were seen by the police officers.',
    ],
    entities: [{ name: 'Russia', type: 'GPE', country: 'RUS' }, { name: 'United States', type: 'GPE', country: 'USA' }],
    events: [{ type: 'PROTEST', actor: { name: 'Russia', country: 'RUS' }, target: { name: 'United States', country: 'USA' }, in: 'shouted <img src=x' }],
  });
  const { db } = await fixtureStore(ARTICLES.slice(0, 1));
  try {
    await saveAnalysis(db, hostile);
    const b = await composeFromStore(db, rangePeriod('2023-09-11', '2023-09-17'), 'Threat Status');
    const n = sourcedOf(b).length;
    assert.ok(n >= 4);
    for (const format of ['html', 'email'] as const) {
      const out = render(b, format, O);
      assert.ok(!/<script>alert|<img src=x|<b>Press/.test(out), `${format} lets markup from an article through`);
      assert.match(out, /&lt;img src=x onerror=alert\(1\)&gt;/);
      assert.ok(!/href="javascript:/i.test(out));
      // One source link per sourced sentence.
      assert.equal((out.match(/class="src"/g) ?? []).length, n, format);
    }
    const email = render(b, 'email', O);
    assert.match(email, /<div class="masthead" style="[^"]+"/, 'CSS is inlined for mail clients');
    assert.match(email, /@media only screen/, 'responsive rules are kept');

    const md = render(b, 'md', O);
    assert.ok(!md.includes('[click](javascript'));
    assert.ok(md.includes('\\[click\\](javascript:alert(1))'), 'brackets are escaped, so no link forms');
    assert.ok(md.includes('&lt;img src=x onerror=alert(1)>') && md.includes('\\*stars\\* and \\_under\\_'));
    assert.ok(!/<script>/.test(md));
    assert.equal((md.match(/\]\(<http:\/\/127\.0\.0\.1:8080\/articles\/[0-9a-f]{64}\?hl=\d+-\d+#hl>\)/g) ?? []).length, n);

    const text = render(b, 'text', O);
    const markers = text.split('\nSOURCES\n')[0].match(/\[\d+\]/g) ?? [];
    assert.ok(markers.length >= n, 'every sentence carries a [n] marker');
    for (const m of new Set(markers)) assert.ok(text.includes(`\n${m} `), `${m} is listed under SOURCES`);
  } finally {
    await db.close();
  }
});

test('an empty period says so in every format', async () => {
  const { db } = await fixtureStore([]);
  try {
    const b = await composeFromStore(db, weekPeriod('2020-W10'), 'Threat Status');
    assert.equal(b.stories.length, 0);
    for (const f of ['html', 'email', 'md', 'text'] as const) assert.match(render(b, f, O), /Nothing to report for this period/);
  } finally {
    await db.close();
  }
});

test('a story is headed by a plain report, not a newsletter digest or a teaser that shares its words', async () => {
  const korea = [country('North Korea', 'PRK'), country('South Korea', 'KOR')];
  const shelling = { type: 'ASSAULT' as const, actor: { name: 'North Korea', country: 'PRK' }, target: { name: 'South Korea', country: 'KOR' }, in: 'shelled' };
  const digest = analysis({
    title: "Tuesday's Morning Email: Shelling Hits Border Villages Again", publisher: 'Metro Daily', published: '2023-09-12', url: 'https://metro.example/digest',
    paragraphs: ['North Korea shelled border villages in South Korea overnight, officials said.', 'Farm prices rose after a dry summer.',
      'Ana Ortiz opened a bakery downtown. Ana Ortiz bakes before dawn.', '“The new bakery is the best thing that has happened to this street in years,” said Ana Ortiz, its owner.'],
    entities: [...korea, { name: 'Ana Ortiz', type: 'PERSON' }], events: [shelling], quotes: [{ text: 'The new bakery is the best thing that has happened to this street in years,', speaker: 'Ana Ortiz' }],
  });
  const report = analysis({
    title: 'Shelling hits border villages near Yeoncheon', publisher: 'Evening Courier', published: '2023-09-13', url: 'https://courier.example/shelling',
    paragraphs: ['North Korea shelled border villages near Yeoncheon in South Korea on Tuesday night.', '“The shells landed a few metres from the school,” said Kim Soo-jin, a farmer.'],
    entities: korea, events: [shelling], quotes: [{ text: 'The shells landed a few metres from the school,', speaker: 'Kim Soo-jin' }],
  });
  const b = await briefWith(digest, report);
  const s = b.stories.find((x) => x.sources.some((r) => r.url === 'https://courier.example/shelling'));
  assert.ok(s, JSON.stringify(b.stories.map((x) => x.headline?.text)));
  assert.ok(s.sources.some((r) => r.url === 'https://metro.example/digest'), 'the digest is in the same story');
  assert.equal(s.headline?.text, 'Shelling hits border villages near Yeoncheon');
  // The digest's quote is about something else: the story's own quote is the pull quote.
  assert.equal(s.quote?.speaker, 'Kim Soo-jin');
});

test('a headline drops a live-blog prefix and keeps its source offsets', async () => {
  const live = analysis({
    title: 'The Latest: Ferry service to the islands suspended', publisher: 'Metro Daily', published: '2023-09-12', url: 'https://metro.example/latest',
    paragraphs: ['The Latest: Ferry service to the islands suspended', 'Finland suspended ferry service to the Aland islands after the storm, officials said.'],
    entities: [country('Finland', 'FIN')],
    events: [{ type: 'SANCTION', actor: { name: 'Finland', country: 'FIN' }, target: { name: 'Finland', country: 'FIN' }, in: 'suspended ferry' }],
  });
  const b = await briefWith(live);
  const s = b.stories.find((x) => x.sources.some((r) => r.url === 'https://metro.example/latest'));
  assert.equal(s?.headline?.text, 'Ferry service to the islands suspended');
  assert.equal(live.text.slice(s!.headline!.source.start, s!.headline!.source.end), 'Ferry service to the islands suspended');
});

test('an event dated well before the week is history: it adds no severity and moves no relation', async () => {
  const spec = (date?: string) => analysis({
    title: 'Survivors of the border shelling speak at the convention', publisher: 'Metro Daily', published: '2023-09-13', url: `https://metro.example/survivors-${date ?? 'now'}`,
    paragraphs: ['Two survivors spoke at the convention on Wednesday.', 'North Korea shelled the village in South Korea in June 2022, officials recalled.', 'North Korea killed four farmers there, the survivors said.'],
    entities: [country('North Korea', 'PRK'), country('South Korea', 'KOR')],
    events: [
      { type: 'ASSAULT', actor: { name: 'North Korea', country: 'PRK' }, target: { name: 'South Korea', country: 'KOR' }, in: 'shelled the village', date },
      { type: 'ASSAULT', actor: { name: 'North Korea', country: 'PRK' }, target: { name: 'South Korea', country: 'KOR' }, in: 'killed four farmers', date },
    ],
  });
  const old = await briefWith(spec('2022-06'));
  const story = old.stories.find((s) => s.sources.some((r) => /survivors-2022/.test(r.url ?? '')));
  assert.ok(story && story.severity < 5, JSON.stringify(old.stories.map((s) => [s.headline?.text, s.severity])));
  assert.ok(!old.relations.some((r) => r.a === 'KOR' && r.b === 'PRK'), JSON.stringify(old.relations.map((r) => `${r.a}-${r.b}`)));
  // The same events undated (or dated this week) are this week's.
  const now = await briefWith(spec());
  assert.ok(now.stories.some((s) => s.severity >= 9));
});

test('"the massacre at a nightclub in Orlando" weeks after one was told there is that deed recalled: no severity this week; a new deed there, or the first telling, still counts', async () => {
  const orlando = { name: 'Orlando', country: 'USA', lat: 28.54, lon: -81.38 };
  const told = analysis({
    title: 'Gunman kills 49 at Orlando nightclub', publisher: 'Metro Daily', published: '2023-08-21', url: 'https://metro.example/orlando',
    paragraphs: ['A gunman attacked a nightclub in Orlando on Sunday, killing 49 people.'],
    entities: [{ name: 'Orlando', type: 'GPE' as const, country: 'USA' }],
    events: [{ type: 'ASSAULT', actor: { name: 'gunman', country: null }, target: { name: 'Orlando', country: 'USA' }, in: 'attacked a nightclub', location: orlando }],
  });
  const platform = (deed: string) => analysis({
    title: 'Delegates argue over the party platform', publisher: 'Capital Wire', published: '2023-09-13', url: `https://capital.example/platform-${deed.length}`,
    paragraphs: ['Delegates met in Cleveland on Wednesday to write the platform.', deed],
    entities: [{ name: 'Orlando', type: 'GPE' as const, country: 'USA' }],
    events: [{ type: 'ASSAULT', actor: { name: 'gunmen', country: null }, target: { name: 'Orlando', country: 'USA' }, in: deed.match(/(massacre|attacked)[^,.]*/)![0], location: orlando }],
  });
  const sevOf = (b: Briefing, url: RegExp) => b.stories.find((s) => s.sources.some((r) => url.test(r.url ?? '')))?.severity ?? -1;
  const recalledDeed = 'A letter asks the party to respond to the massacre at a nightclub in Orlando with new language.';
  assert.ok(sevOf(await briefWith(told, platform(recalledDeed)), /platform/) < 5);
  assert.ok(sevOf(await briefWith(platform(recalledDeed)), /platform/) >= 9, 'with no earlier telling it is news');
  assert.ok(sevOf(await briefWith(told, platform('Gunmen attacked a bar in Orlando again, police said.')), /platform/) >= 9, 'a new deed there is news');
});

test('violence a speaker tells with no one doing it, no one suffering it and nowhere for it to happen ("has murdered gays") is a claim, not the week\'s violence; told by the paper, or placed, it counts', async () => {
  const claim = (status: 'reported' | 'actual', located: boolean) => analysis({
    title: 'Delegates argue over the party platform', publisher: 'Capital Wire', published: '2023-09-13', url: `https://capital.example/platform-${status}-${located}`,
    paragraphs: ['Delegates met in Cleveland on Wednesday to write the platform.', '“Radical groups want to murder and have murdered gays,” the candidate said.'],
    events: [{ type: 'ASSAULT', status, actor: null, target: null, in: 'murdered gays', location: located ? { name: 'Cleveland', country: 'USA', lat: 41.5, lon: -81.7 } : undefined }],
  });
  const sevOf = (b: Briefing) => b.stories.find((s) => s.sources.some((r) => /platform/.test(r.url ?? '')))?.severity ?? -1;
  assert.ok(sevOf(await briefWith(claim('reported', false))) < 5);
  assert.ok(sevOf(await briefWith(claim('actual', false))) >= 9, 'told by the paper itself');
  assert.ok(sevOf(await briefWith(claim('reported', true))) >= 9, 'a place makes it a happening');
});

test('markup a converter left in a given text ("<tweet id=… author=…>…</tweet>") and a live blog\'s buttons run into a sentence are no summary sentence', async () => {
  const tweeted = analysis({
    title: 'Blast at the port of Odesa', publisher: 'Daily Ledger', published: '2023-09-12', url: 'https://ledger.example/odesa',
    paragraphs: [
      '<tweet id="1702" author="@portwatch">Russia struck the port of Odesa in Ukraine with drones overnight, port officials said.  From the port</tweet>.',
      'Ann LeeFlagShareLikeReplyTom Fox 5ptsmoderatorFeatured Russia struck the port of Odesa in Ukraine with drones overnight, the port said.',
      'Russia struck the grain terminal of Odesa in Ukraine again on Tuesday, officials of the port said.',
    ],
    entities: [country('Russia', 'RUS'), country('Ukraine', 'UKR')],
    events: [{ type: 'ASSAULT', actor: { name: 'Russia', country: 'RUS' }, target: { name: 'Ukraine', country: 'UKR' }, in: 'struck the grain' }],
  });
  const all = sourcedOf(await briefWith(tweeted)).map((s) => s.text);
  assert.ok(all.some((t) => t.startsWith('Russia struck the grain terminal')), JSON.stringify(all));
  assert.ok(!all.some((t) => t.includes('<tweet') || t.includes('FlagShare')), JSON.stringify(all));
});

/** The sentences a brief quotes from one shelling report whose second paragraph is `second`. */
async function shellingSummary(second: string, url: string): Promise<string[]> {
  const report = analysis({
    title: 'Shelling hits border villages near Yeoncheon', publisher: 'Evening Courier', published: '2023-09-13', url,
    paragraphs: ['North Korea shelled border villages near Yeoncheon in South Korea on Tuesday night, officials said.', second],
    entities: [country('North Korea', 'PRK'), country('South Korea', 'KOR')],
    events: [{ type: 'ASSAULT', actor: { name: 'North Korea', country: 'PRK' }, target: { name: 'South Korea', country: 'KOR' }, in: 'shelled border villages near' }],
  });
  return sourcedOf(await briefWith(report)).map((s) => s.text);
}

/** Second paragraphs that must not be quoted as a summary sentence, and how to spot them if they are. */
const NOT_SUMMARIES: [string, string, (t: string) => boolean][] = [
  ['the note a publisher sets under every story of a kind ("Editor’s note: …")',
    'Editor’s note: The Courier’s coverage of the Korean border is supported by a grant from the Pacific Press Fund, which has no say over what we publish.', (t) => t.startsWith('Editor’s note')],
  ['a question ("Who had vetted the long and rambling speech …?")',
    'Who had approved the long and rambling drills by the army, which prompted so many farmers to leave their fields before dawn?', (t) => t.endsWith('?')],
  ['a sentence that begins inside a quotation ("And the farmers … before dawn," the mayor said)',
    '"The shells fell on the border villages all night. And the farmers near Yeoncheon in the south had to leave their fields long before dawn," the mayor of the town said.', (t) => t.startsWith('And the farmers')],
  ['a sentence that opens in lower case (cut from the one before: "com video Thursday …")',
    'The video was posted on YouTube. com video Thursday afternoon showed the farmers near Yeoncheon leaving their fields before dawn.', (t) => t.startsWith('com video')],
];
NOT_SUMMARIES.forEach(([what, second, quoted], i) => {
  test(`${what} is no summary sentence`, async () => {
    const all = await shellingSummary(second, `https://courier.example/shelling-not-${i}`);
    assert.ok(all.some((t) => t.startsWith('North Korea shelled border villages near Yeoncheon')), JSON.stringify(all));
    assert.ok(!all.some(quoted), JSON.stringify(all));
  });
});

test('a pull quote has a speaker a reader can name: an unresolved "she" gives way to a named speaker', async () => {
  const korea = [country('North Korea', 'PRK'), country('South Korea', 'KOR')];
  const spec = {
    title: 'Shelling hits border villages near Yeoncheon', publisher: 'Evening Courier', published: '2023-09-13', url: 'https://courier.example/shelling-2',
    paragraphs: ['North Korea shelled border villages near Yeoncheon in South Korea on Tuesday night.',
      '“Do not shoot at the school, there are children in it, please stop now,” she said.', '“The shells landed near the school,” said Kim Soo-jin, a farmer.'],
    entities: korea, events: [{ type: 'ASSAULT' as const, actor: { name: 'North Korea', country: 'PRK' }, target: { name: 'South Korea', country: 'KOR' }, in: 'shelled' }],
  };
  const report = analysis({ ...spec, quotes: [{ text: 'Do not shoot at the school, there are children in it, please stop now,', speaker: 'she' }, { text: 'The shells landed near the school,', speaker: 'Kim Soo-jin' }] });
  const b = await briefWith(report);
  assert.equal(b.stories[0]?.quote?.speaker, 'Kim Soo-jin');
  // Joint speakers are all named, in the text's order.
  const joint = analysis({ ...spec, url: 'https://courier.example/shelling-10', quotes: [{ text: 'The shells landed near the school,', speaker: 'Kim Soo-jin' }] });
  joint.quotes[0].speaker!.with = [{ entity: null, name: 'Lee Ha-na' }];
  assert.equal((await briefWith(joint)).stories[0]?.quote?.speaker, 'Lee Ha-na and Kim Soo-jin');
  // A speaker phrase that opens with a preposition is a misreading, no one a reader can name.
  const misread = analysis({ ...spec, url: 'https://courier.example/shelling-5', quotes: [{ text: 'Do not shoot at the school, there are children in it, please stop now,', speaker: 'in a title game many' }] });
  assert.equal((await briefWith(misread)).stories[0]?.quote ?? null, null);
  // "Another advised, “…”" (another road sign): a determiner standing for someone is no one a reader can name.
  const another = analysis({ ...spec, url: 'https://courier.example/shelling-8', quotes: [{ text: 'Do not shoot at the school, there are children in it, please stop now,', speaker: 'Another' }] });
  assert.equal((await briefWith(another)).stories[0]?.quote ?? null, null);
  // "…, many say": a quantifier is no one either.
  const many = analysis({ ...spec, url: 'https://courier.example/shelling-9', quotes: [{ text: 'Do not shoot at the school, there are children in it, please stop now,', speaker: 'many' }] });
  assert.equal((await briefWith(many)).stories[0]?.quote ?? null, null);
});

test('reported speech as the pull quote is its whole sentence, not the bare clause ("to play all his cards with Russia")', async () => {
  const report = analysis({
    title: 'Erdogan turns to Moscow', publisher: 'Evening Courier', published: '2023-09-13', url: 'https://courier.example/erdogan',
    paragraphs: ['Turkey sent tanks into northern Syria on Wednesday.', 'Thus, Erdogan decided to play all his cards with Russia and Iran, officials said.'],
    entities: [country('Turkey', 'TUR'), country('Syria', 'SYR'), { name: 'Erdogan', type: 'PERSON', country: 'TUR' }],
    events: [{ type: 'ASSAULT', actor: { name: 'Turkey', country: 'TUR' }, target: { name: 'Syria', country: 'SYR' }, in: 'sent tanks' }],
    quotes: [{ text: 'to play all his cards with Russia and Iran', speaker: 'Erdogan', type: 'indirect' }],
  });
  const q = (await briefWith(report)).stories[0]?.quote;
  assert.equal(q?.direct, false);
  assert.equal(q?.text, 'Thus, Erdogan decided to play all his cards with Russia and Iran, officials said.');
});

test('quoted words picked out of a sentence are no pull quote by themselves: a whole quotation wins, else the sentence is shown', async () => {
  const paragraphs = ['Turkey sent tanks into northern Syria on Wednesday.',
    'Erdogan accused the Kurdish militias of using “its power to prevent a fair and transparent process from taking place.”',
    '“We will stay until the border is safe for every family in the south,” Erdogan said.'];
  const base = { title: 'Erdogan turns to Moscow', publisher: 'Evening Courier', published: '2023-09-13', url: 'https://courier.example/erdogan-2',
    paragraphs, entities: [country('Turkey', 'TUR'), country('Syria', 'SYR'), { name: 'Erdogan', type: 'PERSON' as const, country: 'TUR' }],
    events: [{ type: 'ASSAULT' as const, actor: { name: 'Turkey', country: 'TUR' }, target: { name: 'Syria', country: 'SYR' }, in: 'sent tanks' }] };
  const partial = { text: 'its power to prevent a fair and transparent process from taking place.', speaker: 'Erdogan' };
  const both = (await briefWith(analysis({ ...base, quotes: [partial, { text: 'We will stay until the border is safe for every family in the south,', speaker: 'Erdogan' }] }))).stories[0]?.quote;
  assert.match(both?.text ?? '', /^We will stay/);
  const alone = (await briefWith(analysis({ ...base, quotes: [partial] }))).stories[0]?.quote;
  assert.equal(alone?.direct, false);
  assert.match(alone?.text ?? '', /^Erdogan accused the Kurdish militias of using “its power/);
});

test('reported speech is a pull quote only when it was said: "…, allowing his natural skills to shine through" reports no one\'s words', async () => {
  const base = { title: 'Erdogan turns to Moscow', publisher: 'Evening Courier', published: '2023-09-13', url: 'https://courier.example/erdogan-3',
    paragraphs: ['Turkey sent tanks into northern Syria on Wednesday.', 'Erdogan has moved beyond the scandal, allowing his natural skills as a leader to shine through.',
      'Thus, Erdogan decided to play all his cards with Russia and Iran, officials said.'],
    entities: [country('Turkey', 'TUR'), country('Syria', 'SYR'), { name: 'Erdogan', type: 'PERSON' as const, country: 'TUR' }],
    events: [{ type: 'ASSAULT' as const, actor: { name: 'Turkey', country: 'TUR' }, target: { name: 'Syria', country: 'SYR' }, in: 'sent tanks' }] };
  const allowing = { text: 'his natural skills as a leader to shine through', speaker: 'Erdogan', type: 'indirect' as const, cue: 'allowing' };
  assert.equal((await briefWith(analysis({ ...base, quotes: [allowing] }))).stories[0]?.quote ?? null, null);
  const said = { text: 'to play all his cards with Russia and Iran', speaker: 'Erdogan', type: 'indirect' as const, cue: 'said' };
  const q = (await briefWith(analysis({ ...base, quotes: [allowing, said] }))).stories[0]?.quote;
  assert.match(q?.text ?? '', /^Thus, Erdogan decided/);
});

test('reported speech shown as a pull quote reads from its speaker on when the sentence opens with other words', async () => {
  const report = erdoganReport('https://courier.example/erdogan-4', 'The move may come as no surprise to some as Erdogan called for a boycott of Western goods after the sanctions were announced.',
    [{ text: 'for a boycott of Western goods after the sanctions were announced', speaker: 'Erdogan', type: 'indirect', cue: 'called' }]);
  const q = (await briefWith(report)).stories[0]?.quote;
  assert.equal(q?.text, '…Erdogan called for a boycott of Western goods after the sanctions were announced.');
  // The link highlights the words shown.
  assert.equal(q?.sentence.text, q?.text.slice(1));
});

test('a pull quote whose sentence names its speaker ("…, Erdogan said.") gets no "— Erdogan" after it; a direct quote keeps it', async () => {
  const named = (await briefWith(erdoganReport('https://courier.example/erdogan-5', 'Thus, Turkey decided to play all its cards with Russia and Iran, Erdogan said.',
    [{ text: 'Turkey decided to play all its cards with Russia and Iran', speaker: 'Erdogan', type: 'indirect', cue: 'said' }]))).stories[0];
  assert.equal(named?.quote?.named, true);
  assert.equal(named?.quote?.speaker, 'Erdogan');
  const md = render(await briefWith(erdoganReport('https://courier.example/erdogan-5', 'Thus, Turkey decided to play all its cards with Russia and Iran, Erdogan said.',
    [{ text: 'Turkey decided to play all its cards with Russia and Iran', speaker: 'Erdogan', type: 'indirect', cue: 'said' }])), 'md', O);
  assert.match(md, /Iran, Erdogan said\. \[/);
  assert.doesNotMatch(md, /said\. — Erdogan/);
  // A direct quote is shown without its frame: the speaker follows it.
  const direct = await briefWith(erdoganReport('https://courier.example/erdogan-6', '“We will stay until the border is safe for every family in the south,” Erdogan said.',
    [{ text: 'We will stay until the border is safe for every family in the south,', speaker: 'Erdogan' }]));
  assert.equal(direct.stories[0]?.quote?.named, false);
  for (const f of ['md', 'text', 'html'] as const) assert.match(render(direct, f, O), /—\s+Erdogan/);
});

test('the pull quote\'s sentence is not shown again in the summary', async () => {
  const report = erdoganReport('https://courier.example/erdogan-5', '“Our army will stay in the region until the frontier is safe for every family living near it,” Erdogan told a crowd of supporters in Ankara.',
    [{ text: 'Our army will stay in the region until the frontier is safe for every family living near it,', speaker: 'Erdogan' }]);
  const s = (await briefWith(report)).stories[0];
  assert.match(s?.quote?.text ?? '', /^Our army will stay/);
  assert.ok(!s?.summary.some((x) => x.text.includes('Our army will stay')), JSON.stringify(s?.summary));
});

test('an archive\'s field label given as the title ("BYLINE: Ann Lee") is no headline: the story is named by its first sentence', async () => {
  const report = analysis({
    title: 'BYLINE: Ann Lee', publisher: 'Evening Courier', published: '2023-09-13', url: 'https://courier.example/byline',
    paragraphs: ['BYLINE: Ann Lee.', 'North Korea shelled border villages near Yeoncheon in South Korea on Tuesday night.'],
    entities: [country('North Korea', 'PRK'), country('South Korea', 'KOR')],
    events: [{ type: 'ASSAULT', actor: { name: 'North Korea', country: 'PRK' }, target: { name: 'South Korea', country: 'KOR' }, in: 'shelled' }],
  });
  const s = (await briefWith(report)).stories[0];
  assert.equal(s?.headline?.text, 'North Korea shelled border villages near Yeoncheon in South Korea on Tuesday night.');
  assert.ok(!s?.summary.some((x) => x.text.includes('BYLINE')), JSON.stringify(s?.summary));
});

test('what is coming "next week" is shown as that week, not as the day a week on, and goes before the days in it', async () => {
  const report = analysis({
    title: 'Fidan to visit Kyiv', publisher: 'Evening Courier', published: '2023-09-13', url: 'https://courier.example/fidan-kyiv',
    paragraphs: ['Turkey sent tanks into northern Syria on Wednesday.', 'Hakan Fidan is expected to travel to Kyiv next week. Ukraine will host a donors meeting on Tuesday.'],
    entities: [country('Turkey', 'TUR'), country('Syria', 'SYR'), country('Ukraine', 'UKR')],
    events: [
      { type: 'ASSAULT', actor: { name: 'Turkey', country: 'TUR' }, target: { name: 'Syria', country: 'SYR' }, in: 'sent tanks' },
      { type: 'CONSULT', status: 'planned', actor: { name: 'Hakan Fidan', country: 'TUR' }, target: { name: 'Kyiv', country: 'UKR' }, in: 'travel to Kyiv', date: '2023-09-20', dateText: 'next week' },
      { type: 'CONSULT', status: 'planned', actor: { name: 'Ukraine', country: 'UKR' }, target: null, in: 'host a donors meeting', date: '2023-09-19', dateText: 'on Tuesday' },
    ],
  });
  const b = await briefWith(report);
  assert.deepEqual(b.coming.map((e) => [e.when ?? null, e.date]), [['week of 2023-09-18', '2023-09-20'], [null, '2023-09-19']]);
  for (const format of ['md', 'text', 'html'] as const) {
    const out = render(b, format, O);
    assert.ok(out.includes('week of 2023-09-18'), format);
    assert.ok(!out.includes('2023-09-20'), `${format}: the day a week on is no date the article gave`);
  }
});

test('what is coming "next month" is shown as that month ("October 2023"), not as its code', async () => {
  const report = analysis({
    title: 'Talks to resume', publisher: 'Evening Courier', published: '2023-09-13', url: 'https://courier.example/talks-resume',
    paragraphs: ['Turkey sent tanks into northern Syria on Wednesday.', 'Pakistan and Afghanistan agreed to meet again next month.'],
    entities: [country('Turkey', 'TUR'), country('Syria', 'SYR'), country('Pakistan', 'PAK'), country('Afghanistan', 'AFG')],
    events: [
      { type: 'ASSAULT', actor: { name: 'Turkey', country: 'TUR' }, target: { name: 'Syria', country: 'SYR' }, in: 'sent tanks' },
      { type: 'CONSULT', status: 'planned', actor: { name: 'Pakistan', country: 'PAK' }, target: { name: 'Afghanistan', country: 'AFG' }, in: 'meet again', date: '2023-10', dateText: 'next month' },
    ],
  });
  const b = await briefWith(report);
  assert.deepEqual(b.coming.map((e) => [e.when ?? null, e.date]), [['October 2023', '2023-10']]);
  for (const format of ['md', 'text', 'html'] as const) {
    const out = render(b, format, O);
    assert.ok(out.includes('October 2023'), format);
    assert.ok(!out.includes('2023-10 '), `${format}: no month code`);
  }
});

test('a goal years away ("to cure the disease by 2025") is not among what is coming', async () => {
  const base = { title: 'Erdogan turns to Moscow', publisher: 'Evening Courier', published: '2023-09-13',
    paragraphs: ['Turkey sent tanks into northern Syria on Wednesday.', 'Turkey will sign a trade deal with Russia next month, and plans to end its reliance on Russian gas by 2030.'],
    entities: [country('Turkey', 'TUR'), country('Syria', 'SYR'), country('Russia', 'RUS')] };
  const report = analysis({ ...base, url: 'https://courier.example/erdogan-6', events: [
    { type: 'ASSAULT', actor: { name: 'Turkey', country: 'TUR' }, target: { name: 'Syria', country: 'SYR' }, in: 'sent tanks' },
    { type: 'AGREE', status: 'planned', actor: { name: 'Turkey', country: 'TUR' }, target: { name: 'Russia', country: 'RUS' }, in: 'sign a trade deal', date: '2023-10' },
    { type: 'RETREAT', status: 'planned', actor: { name: 'Turkey', country: 'TUR' }, target: { name: 'Russia', country: 'RUS' }, in: 'end its reliance', date: '2030' },
  ] });
  const coming = (await briefWith(report)).coming;
  assert.deepEqual(coming.map((e) => e.date), ['2023-10']);
});

test('a pull quote is no digest\'s item from another outlet, no shouted headline and no 70-word block; a person the digest names still speaks', async () => {
  const korea = [country('North Korea', 'PRK'), country('South Korea', 'KOR')];
  const shelled = { type: 'ASSAULT' as const, actor: { name: 'North Korea', country: 'PRK' }, target: { name: 'South Korea', country: 'KOR' }, in: 'shelled' };
  const digest = (url: string, quotes: Parameters<typeof analysis>[0]['quotes'], extra: string[] = []) => analysis({
    title: "Tuesday's Morning Email: Shelling Hits Border Villages", publisher: 'Metro Daily', published: '2023-09-12', url,
    paragraphs: ['North Korea shelled border villages in South Korea overnight, officials said.', '“Hello, it is the pop star again, everyone,” Vulture reported.',
      '“We will answer every shell with two of our own,” said Han Min-jun, a general.', ...extra],
    entities: [...korea, { name: 'Vulture', type: 'ORG' }, { name: 'Han Min-jun', type: 'PERSON', country: 'KOR' }], events: [shelled], quotes,
  });
  const vulture = { text: 'Hello, it is the pop star again, everyone,', speaker: 'Vulture' };
  assert.equal((await briefWith(digest('https://metro.example/d1', [vulture]))).stories[0]?.quote ?? null, null);
  const han = { text: 'We will answer every shell with two of our own,', speaker: 'Han Min-jun' };
  assert.equal((await briefWith(digest('https://metro.example/d2', [vulture, han]))).stories[0]?.quote?.speaker, 'Han Min-jun');
  // Outside digests too: a quotation that carries a shouted headline, or runs past 70 words, is not pulled out.
  const shout = 'SHELLS HIT BORDER VILLAGES The general said the army would answer every shell with two of its own.';
  const long = Array.from({ length: 75 }, (_, i) => `word${i}`).join(' ');
  const report = (url: string, text: string) => analysis({
    title: 'Shelling hits border villages near Yeoncheon', publisher: 'Evening Courier', published: '2023-09-13', url,
    paragraphs: ['North Korea shelled border villages near Yeoncheon in South Korea on Tuesday night.', `“${text}” said Han Min-jun, a general.`],
    entities: [...korea, { name: 'Han Min-jun', type: 'PERSON', country: 'KOR' }], events: [shelled], quotes: [{ text, speaker: 'Han Min-jun' }],
  });
  assert.equal((await briefWith(report('https://courier.example/s1', shout))).stories[0]?.quote ?? null, null);
  assert.equal((await briefWith(report('https://courier.example/s2', long))).stories[0]?.quote ?? null, null);
  assert.equal((await briefWith(report('https://courier.example/s3', 'We will answer every shell with two of our own.'))).stories[0]?.quote?.speaker, 'Han Min-jun');
});

test('a side the text names by a pronoun ("its forces") is named with its state in the briefing', async () => {
  const report = analysis({
    title: 'Russia says its forces will strike Ukraine energy sites', publisher: 'Evening Courier', published: '2023-09-13', url: 'https://courier.example/strikes-1',
    paragraphs: ['Russia\'s defence ministry said its forces would strike Ukraine\'s energy sites next week.', 'His government will meet Ukraine next month.'],
    entities: [country('Russia', 'RUS'), country('Ukraine', 'UKR')],
    events: [
      { type: 'ASSAULT', status: 'planned', actor: { name: 'its forces', country: 'RUS', sector: 'MIL' }, target: { name: 'Ukraine', country: 'UKR' }, in: 'strike', date: '2023-09-20' },
      // (A person's own, not a state's: the words stay.)
      { type: 'CONSULT', status: 'planned', actor: { name: 'his family', country: 'RUS', sector: 'CVL' }, target: { name: 'Ukraine', country: 'UKR' }, in: 'meet', date: '2023-10' },
    ],
  });
  const b = await briefWith(report);
  assert.deepEqual(b.coming.map((e) => [e.actor, e.target]), [["Russia's forces", 'Ukraine'], ['his family', 'Ukraine']]);
});

test('"the Dutch and Chinese sides" are the Netherlands and China in what is coming', async () => {
  const report = analysis({
    title: 'Dutch and Chinese officials to meet over chipmaker', publisher: 'Evening Courier', published: '2023-09-13', url: 'https://courier.example/chips-1',
    paragraphs: ['The Dutch and Chinese sides are expected to meet again next week in Beijing.', 'The Chinese side will also meet Germany.'],
    entities: [country('Germany', 'DEU')],
    events: [
      { type: 'CONSULT', status: 'planned', actor: { name: 'Dutch sides', country: 'NLD' }, target: { name: 'Chinese sides', country: 'CHN' }, in: 'meet', date: '2023-09-20' },
      { type: 'CONSULT', status: 'planned', actor: { name: 'The Chinese side', country: 'CHN' }, target: { name: 'Germany', country: 'DEU' }, in: 'meet', date: '2023-09-21' },
      // (The words of another country's side stay as they are.)
      { type: 'CONSULT', status: 'planned', actor: { name: 'the Chinese side', country: 'DEU' }, target: { name: 'Germany', country: 'DEU' }, in: 'meet', date: '2023-09-22' },
    ],
  });
  const b = await briefWith(report);
  assert.deepEqual(b.coming.map((e) => [e.actor, e.target]), [['Netherlands', 'China'], ['China', 'Germany'], ['the Chinese side', 'Germany']]);
});

test('a meeting both sides will hold is one line of what is coming, its sides joined both ways', async () => {
  const report = analysis({
    title: 'Turkey and Russia to sign trade deal', publisher: 'Evening Courier', published: '2023-09-13', url: 'https://courier.example/erdogan-7',
    paragraphs: ['Turkey sent tanks into northern Syria on Wednesday.', 'Turkey and Russia will meet in Sochi next month.'],
    entities: [country('Turkey', 'TUR'), country('Syria', 'SYR'), country('Russia', 'RUS')],
    events: [
      { type: 'ASSAULT', actor: { name: 'Turkey', country: 'TUR' }, target: { name: 'Syria', country: 'SYR' }, in: 'sent tanks' },
      { type: 'AGREE', status: 'planned', actor: { name: 'Turkey', country: 'TUR' }, target: { name: 'Russia', country: 'RUS' }, in: 'meet', date: '2023-10' },
      { type: 'AGREE', status: 'planned', actor: { name: 'Russia', country: 'RUS' }, target: { name: 'Turkey', country: 'TUR' }, in: 'meet', date: '2023-10' },
    ],
  });
  const b = await briefWith(report);
  assert.deepEqual(b.coming.map((e) => [e.actor, e.target, e.mutual ?? false]), [['Turkey', 'Russia', true]]);
  for (const f of ['md', 'text', 'html'] as const) assert.match(render(b, f, O), /Turkey ↔ Russia/, f);
});

test('the agency and place a dateline names filed the story and are none of its actors; named in the report the agency is, and a town never is', async () => {
  const report = (url: string, extra: string[]) => analysis({
    title: 'Russia strikes Ukraine power plants', publisher: 'Evening Courier', published: '2023-09-13', url,
    paragraphs: ['LVIV, Ukraine (AP) — Russia struck power plants across Ukraine overnight, Ukrainian officials said.', 'Russia fired drones at Kharkiv and Odesa.', ...extra],
    entities: [{ name: 'AP', type: 'ORG', kb: 'org:ap', sector: 'JRN' }, { name: 'LVIV', type: 'GPE', country: 'UKR' }, country('Ukraine', 'UKR'), country('Russia', 'RUS')],
    events: [{ type: 'ASSAULT', actor: { name: 'Russia', country: 'RUS' }, target: { name: 'Ukraine', country: 'UKR' }, in: 'struck' }],
  });
  const filed = (await briefWith(report('https://courier.example/lviv-1', []))).stories[0];
  assert.deepEqual(filed?.actors.map((a) => a.name), ['Russia', 'Ukraine']);
  const named = (await briefWith(report('https://courier.example/lviv-2', ['The mayor of LVIV told AP the city had power again by noon.']))).stories[0];
  assert.deepEqual(named?.actors.map((a) => a.name).sort(), ['AP', 'Russia', 'Ukraine']);
});

test('a capital and an organ the KB does not know are their state among a story\'s actors, named as the state', async () => {
  const report = analysis({
    title: 'North Korea fires missile as Seoul protests', publisher: 'Evening Courier', published: '2023-09-13', url: 'https://courier.example/launch',
    paragraphs: ['North Korea fired a ballistic missile into the sea on Wednesday, the Joint Chiefs of Staff in Seoul said.',
      'Seoul called the launch a provocation. Seoul said it would raise the matter at the United Nations, and Pyongyang said the test was routine.'],
    entities: [country('North Korea', 'PRK'), { name: 'Joint Chiefs of Staff', type: 'ORG', country: 'KOR', sector: 'MIL' },
      { name: 'Seoul', type: 'GPE', country: 'KOR', sector: 'GOV' }, { name: 'Pyongyang', type: 'GPE', country: 'PRK', sector: 'GOV' }],
    events: [{ type: 'ASSAULT', actor: { name: 'North Korea', country: 'PRK' }, target: null, in: 'fired' }],
  });
  const story = (await briefWith(report)).stories[0];
  // Seoul is named more often than South Korea is, and the state is still "South Korea".
  assert.deepEqual(story?.actors.map((a) => [a.name, a.type]), [['South Korea', 'GPE'], ['North Korea', 'GPE']]);
});

test('a story\'s headline in the briefing is the one the corpus layer labels it with (a lead where no headline near its centre does better)', async () => {
  const { tempStore, ingest, harbor, harborOther } = await import('../corpus/fixtures.ts');
  const s = await tempStore();
  try {
    const untitled = await ingest(s.db, { ...harbor, title: null });
    const titled = await ingest(s.db, harborOther);
    assert.equal(titled.storyId, untitled.storyId);
    const headlineOf = async () => (await composeFromStore(s.db, weekPeriod('2024-W10'), 'Threat Status')).stories[0].headline;
    for (const [lead, label] of [[untitled.id, 'Dock workers at the port of Valmora walked off the job on Monday morning'], [titled.id, harborOther.title!]] as const) {
      await s.db.run('UPDATE corpus_stories SET label_article = ?, label = ? WHERE id = ?', [lead, label, untitled.storyId]);
      const loaded = await loadArticles(s.db, '2024-03-01', '2024-03-10');
      assert.deepEqual(loaded.filter((a) => a.storyLead).map((a) => a.id), [lead]);
      const h = await headlineOf();
      assert.equal(h?.source.articleId, lead);
      assert.ok(h?.text.includes(lead === untitled.id ? 'Dock workers at the port of Valmora walked off the job' : label), h?.text);
    }
  } finally {
    await s.done();
  }
});
