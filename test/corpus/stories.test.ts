import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getStory, topStories } from '../../src/corpus/index.ts';
import { dfWeight, storyTuning, toJson } from '../../src/corpus/stories.ts';
import { analysisOf, entity, event, harbor, harborCopy, harborLater, harborNextYear, harborOther, ingest, museum, stores } from './fixtures.ts';
import { articleActors } from '../../src/corpus/features.ts';

for (const b of stores) test(`articles about one happening form one story; ids stay stable across increments [${b.name}]`, { skip: b.skip }, async () => {
  const s = await b.open();
  try {
    const a = await ingest(s.db, harbor);
    const o = await ingest(s.db, harborOther);
    const m = await ingest(s.db, museum);
    assert.ok(a.storyId);
    assert.equal(o.storyId, a.storyId);
    assert.notEqual(m.storyId, a.storyId);

    // A later run of the ingest, on the same store.
    const db = await s.reopen();
    const later = await ingest(db, harborLater);
    assert.equal(later.storyId, a.storyId, 'the next day\'s report joins the story under the same id');
    const copy = await ingest(db, harborCopy);
    assert.equal(copy.storyId, a.storyId);
    const next = await ingest(db, harborNextYear);
    assert.notEqual(next.storyId, a.storyId, 'the same words months later are another happening');

    const top = await topStories(db, { since: '2024-03-01', until: '2024-03-10', limit: 5 });
    assert.equal(top[0].id, a.storyId);
    assert.equal(top[0].size, 3);
    assert.equal(top[0].copies, 1);
    assert.equal(top[0].publishers, 2);
    assert.deepEqual(top[0].growth, { last7: 3, previous7: 0 });
    assert.equal(top[0].firstSeen, '2024-03-04');
    assert.equal(top[0].lastSeen, '2024-03-07');
    assert.ok(top[0].label && /Valmora/.test(top[0].label));
    assert.deepEqual(top[0].topActors, ['name:ilse marren', 'name:valmora harbour workers union']);
    assert.ok(top[0].topTerms.some((t) => t.startsWith('strike')), top[0].topTerms.join(' '));
    assert.deepEqual(top.map((t) => t.id).sort(), [a.storyId, m.storyId].sort());

    const story = await getStory(db, a.storyId!);
    assert.equal(story?.articles.length, 4);
    assert.equal(story?.articles.filter((x) => x.duplicateOf).length, 1);
    assert.deepEqual(story?.days.map((d) => d.day), ['2024-03-04', '2024-03-05', '2024-03-07']);
    assert.equal(await getStory(db, 'st-none'), null);
  } finally {
    await s.done();
  }
});

test('document frequencies: every article counted at first, then a weighted one-in-eight sample', () => {
  assert.equal(dfWeight('any', 10), 1);
  const weights = Array.from({ length: 4000 }, (_, i) => dfWeight(`article-${i}`, 5000));
  assert.ok(weights.every((w) => w === 0 || w === 8));
  const counted = weights.reduce<number>((s, w) => s + w, 0);
  assert.ok(Math.abs(counted - 4000) < 400, `weighted count ${counted} estimates 4000`);
  assert.equal(dfWeight('article-7', 5000), dfWeight('article-7', 9000), 'the sample is chosen by id');
});

// The strike comes back after a quiet week: the court's ruling six days after the walk-out.
const strikeRuling = {
  ...harbor,
  url: 'https://news.example/valmora-strike-ruling',
  title: 'Court rules Valmora dock workers strike over night shift bonus unlawful',
  published: '2024-03-10',
  text: [
    'The regional court ruled on Sunday that the strike by Valmora dock workers over the night shift bonus was unlawful, six days after the harbour workers union walked off the job and left container ships waiting at anchor.',
    'Union secretary Ilse Marren said the dock workers would return to the port but would keep fighting for the bonus the port authority cut in the spring budget.',
  ].join('\n\n'),
};

for (const b of stores) test(`a story takes a close match after a quiet week, but spans no more than ten days [${b.name}]`, { skip: b.skip }, async () => {
  const s = await b.open();
  try {
    const a = await ingest(s.db, harbor);
    const ruling = await ingest(s.db, strikeRuling);
    assert.equal(ruling.storyId, a.storyId, 'six days after the last article, a strong match joins');
    const weeksLater = await ingest(s.db, {
      ...strikeRuling, url: 'https://news.example/valmora-strike-appeal', published: '2024-03-16',
      title: 'Valmora dock workers appeal court ruling on strike over night shift bonus',
      text: 'The harbour workers union appealed on Saturday against the ruling that its strike at the port of Valmora was unlawful. Ilse Marren said the dock workers had been right to strike over the night shift bonus, and the container ships that waited at anchor showed it.',
    });
    assert.notEqual(weeksLater.storyId, a.storyId, 'twelve days after the story began is another story');
    const [story] = await topStories(s.db, { since: '2024-03-01', until: '2024-03-12', limit: 1 });
    assert.equal(story.lastSeen, '2024-03-10');
  } finally {
    await s.done();
  }
});

// The same strike told in other words: a profile of the union's secretary shares almost no word of
// the strike reports' title and lead, but names the same rare people.
const marrenProfile = {
  url: 'https://fourth.example/ilse-marren-profile',
  title: 'The patient negotiator who keeps an old hard hat on her shelf',
  publisher: 'Weekend Review',
  published: '2024-03-05',
  entities: [
    entity('E1', 'PERSON', 'Ilse Marren', null, null, 'LAB'),
    entity('E2', 'ORG', 'Valmora Harbour Workers Union', null, null, 'LAB'),
  ],
  text: [
    'Ilse Marren spent eleven years lifting boxes before her colleagues elected her to speak for them, and she still keeps her old hard hat on a shelf above her desk.',
    'Friends describe a patient negotiator who reads balance sheets late into the night; her opponents call her stubborn. She grew up in a fishing family on the northern islands.',
  ].join('\n\n'),
};

for (const b of stores) test(`an article in other words joins the story that names the same rare actors [${b.name}]`, { skip: b.skip }, async () => {
  const s = await b.open();
  try {
    const a = await ingest(s.db, harbor);
    const m = await ingest(s.db, { ...museum, entities: [entity('E1', 'PERSON', 'Paavo Lind', null, null)] });
    const p = await ingest(s.db, marrenProfile);
    assert.equal(p.storyId, a.storyId, 'the profile of the strike\'s union leader joins the strike');
    const other = await ingest(s.db, {
      ...marrenProfile, url: 'https://fourth.example/lind-profile', published: '2024-03-06',
      title: 'From tram depot to planetarium: the man behind Tarnby\'s museum',
      entities: [entity('E1', 'PERSON', 'Paavo Lind', null, null)],
      text: 'Paavo Lind spent eleven years restoring trams before the city asked him to run a museum, and he keeps an old conductor\'s cap on a shelf above his desk.',
    });
    assert.equal(other.storyId, m.storyId, 'a profile naming the museum\'s director joins the museum, not the strike');
  } finally {
    await s.done();
  }
});

// A strike at another port told in the same words, naming other people: the words alone would join it.
const braskStrike = {
  ...harbor,
  url: 'https://news.example/brask-strike',
  published: '2024-03-05',
  title: 'Brask dock workers strike over night shift bonus',
  entities: [entity('E1', 'PERSON', 'Oda Velling', null, null, 'LAB'), entity('E2', 'ORG', 'Brask Dockers Guild', null, null, 'LAB')],
  text: 'Dock workers at the port of Brask walked off the job on Tuesday over the night shift bonus, and container ships waited at anchor. Guild chair Oda Velling said the strike would go on until the bonus was restored.',
};

for (const b of stores) test(`a word match below vetoBelow needs actors in common when both name some [${b.name}]`, { skip: b.skip }, async () => {
  const saved = storyTuning.vetoBelow;
  for (const [vetoBelow, joins] of [[0, true], [2, false]] as const) {
    const s = await b.open();
    storyTuning.vetoBelow = vetoBelow;
    try {
      const a = await ingest(s.db, harbor);
      const o = await ingest(s.db, braskStrike);
      assert.equal(o.storyId === a.storyId, joins, `vetoBelow ${vetoBelow}`);
    } finally {
      storyTuning.vetoBelow = saved;
      await s.done();
    }
  }
});

test('a story vector is written as JSON.stringify wrote it through an object', () => {
  const viaObject = (v: Map<string, number>) => JSON.stringify(Object.fromEntries([...v].map(([k, x]) => [k, Math.round(x * 1e4) / 1e4])));
  const vectors = [
    new Map([['t:harbour', 0.43567891], ['t:dredg', 0.1], ['a:country:NLD', 2], ['a:name:ilse varga', 1 / 3]]),
    new Map([['t:a', Number.NaN], ['t:b', -0], ['t:c', 1e-9], ['t:d', 123456.78905], ['a:x"y\\z\u2028', 0.5], ['t:e', Infinity]]),
    new Map<string, number>(),
    // Keys an object would reorder (array indexes) keep the object's order.
    new Map([['t:x', 1], ['12', 2], ['3x', 4]]),
  ];
  for (const v of vectors) assert.equal(toJson(v), viaObject(v));
  assert.equal(toJson(vectors[0]), '{"t:harbour":0.4357,"t:dredg":0.1,"a:country:NLD":2,"a:name:ilse varga":0.3333}');
});

// A column on the strike: its headline and first paragraph are an anecdote that shares no word
// with the strike reports' title and lead, and it names no one the entity layer found; only the
// rest of its text tells the same happening.
const harbourColumn = {
  url: 'https://fourth.example/column-quay-night',
  title: 'What a night on the quay taught me about waiting',
  publisher: 'Weekend Review',
  published: '2024-03-05',
  text: [
    'My grandfather kept a wooden stool by the kitchen door, and every evening in autumn he carried it down to the end of the quay to watch for the herring boats. He never owned a boat himself. He said that someone had to stand there so that the men coming in would see a light and a face, and that the sea was kinder to people who were expected. I went with him most evenings from the age of six, wrapped in a coat that had been my mother\'s, and I learned the names of the boats by the shapes of their masts before I could read them on their bows. We ate bread and cold sausage from a paper bag, he smoked a pipe he was not allowed to smoke at home, and we talked about nothing much: the weather over the islands, the price of diesel, a cousin who had gone south to work on the railways and never wrote. When the last boat was tied up he would fold the stool, nod to the skippers, and walk me home without a word about the hours we had spent there.',
    'I thought of him this week at Valmora, where the dock workers strike over the night shift bonus has left container ships waiting at anchor outside the harbour. The harbour workers union says the port authority cut the bonus in its spring budget; the port authority says the dock workers were paid more than any in the region.',
    'Union secretary Ilse Marren told the dock workers at the harbour gates that the strike would go on until the night shift bonus was restored, and the port authority has asked the regional court to order them back to work.',
    'Both sides are waiting now, the dock workers on the picket line at the harbour gates and the container ships at anchor, and the strike over the night shift bonus will end when one side decides that the other is expected.',
  ].join('\n\n'),
};

for (const b of stores) test(`an article whose lead says nothing of the story joins it on the rest of its words [${b.name}]`, { skip: b.skip }, async () => {
  const s = await b.open();
  try {
    const a = await ingest(s.db, harbor);
    const o = await ingest(s.db, harborOther);
    const m = await ingest(s.db, museum);
    const c = await ingest(s.db, harbourColumn);
    assert.equal(o.storyId, a.storyId);
    assert.notEqual(m.storyId, a.storyId);
    assert.equal(c.storyId, a.storyId, 'the column on the strike joins the strike');
  } finally {
    await s.done();
  }
});

for (const b of stores) test(`a story's actors are keyed as the store keys actors: a capital that speaks is its state, a town is no actor [${b.name}]`, { skip: b.skip }, async () => {
  const s = await b.open();
  try {
    // "Seoul said" stands for South Korea in the store (actor pages, search, the briefing); the story's
    // actors must be the same keys, or their links lead nowhere.
    const seoul = entity('E7', 'GPE', 'Seoul', null, 'KOR');
    // (A town the articles are set in is where the story happens, not one of its actors.)
    const town = entity('E8', 'GPE', 'Brask', null, null);
    const a = await ingest(s.db, { ...harbor, entities: [seoul, town, entity('E2', 'PERSON', 'Ilse Marren', null, null, 'LAB')] });
    const o = await ingest(s.db, { ...harborOther, entities: [seoul, town] });
    assert.equal(o.storyId, a.storyId);
    const [story] = await topStories(s.db, { since: '2024-03-01', until: '2024-03-10', limit: 1 });
    assert.deepEqual(story.topActors, ['country:KOR', 'name:ilse marren']);
    const keys = (await s.db.all<{ actor_key: string }>('SELECT DISTINCT actor_key FROM article_entities')).map((r) => r.actor_key);
    for (const k of story.topActors) assert.ok(keys.includes(k), `${k} is an actor of the store`);
    assert.deepEqual((await getStory(s.db, a.storyId!))!.topActors, story.topActors);
  } finally {
    await s.done();
  }
});

for (const b of stores) test(`a story's actors are those its articles are about before those they name in passing [${b.name}]`, { skip: b.skip }, async () => {
  const s = await b.open();
  try {
    // Every article names the union's secretary many times and a harbour pilot once.
    const often = (e: ReturnType<typeof entity>) => ({ ...e, mentions: Array.from({ length: 6 }, () => e.mentions[0]) });
    const pilot = entity('E9', 'PERSON', 'Anders Aalto', null, null);
    const marren = often(entity('E2', 'PERSON', 'Ilse Marren', null, null, 'LAB'));
    const a = await ingest(s.db, { ...harbor, entities: [marren, pilot] });
    const o = await ingest(s.db, { ...harborOther, entities: [marren, pilot] });
    assert.equal(o.storyId, a.storyId);
    const [story] = await topStories(s.db, { since: '2024-03-01', until: '2024-03-10', limit: 1 });
    assert.deepEqual(story.topActors.slice(0, 2), ['name:ilse marren', 'name:anders aalto']);
  } finally {
    await s.done();
  }
});

// One conflict, two happenings: Arvand's shelling of Belmark's border posts, and two days on its
// shelling of Corsa's, told in the wire's words about the same army. A third report, of the first
// shelling in other words, tells of the same pair of countries.
const arvand = entity('E1', 'GPE', 'Arvand', null, 'ARV');
/** A wire report of a deed between Arvand and another state (`by` Arvand, or done to it). */
function arvandReport(slug: string, title: string, published: string, other: [string, string], type: 'ASSAULT' | 'THREATEN', by: boolean, paragraphs: string[]) {
  const them: [string, string, string] = ['E2', other[0], other[1]];
  const us: [string, string, string] = ['E1', 'Arvand', 'ARV'];
  return {
    url: `https://wire.example/${slug}`, title, publisher: 'Wire', published,
    entities: [arvand, entity('E2', 'GPE', other[0], null, other[1])],
    events: [event(type, by ? us : them, by ? them : us, { sentence: { start: 0, end: 150 } })],
    text: paragraphs.join('\n\n'),
  };
}
const shellingBelmark = arvandReport('arvand-shells-belmark', 'Arvand shells Belmark border posts as tensions rise', '2024-05-06', ['Belmark', 'BEL'], 'ASSAULT', true, [
  'Arvand\'s army shelled border posts along the Tesla river overnight, killing three guards, officials in Belmark said on Monday, the heaviest fire on the frontier in months.',
  'Arvand\'s defence ministry said its artillery had answered fire from the posts. The shelling drove hundreds of villagers from their homes along the river, aid workers said.',
]);
const shellingCorsa = arvandReport('arvand-shells-corsa', 'Arvand shells Corsa border posts as fighting spreads', '2024-05-08', ['Corsa', 'COR'], 'ASSAULT', true, [
  'Corsa said on Wednesday that Arvand\'s army had shelled two of its border posts on the northern ridge, wounding a soldier, as fighting on Arvand\'s frontiers spread.',
  'Corsa\'s foreign ministry summoned Arvand\'s envoy. Shepherds left the high pastures, local officials said.',
]);
const belmarkFuneral = arvandReport('belmark-funerals', 'Belmark buries guards killed by Arvand shelling, vows response', '2024-05-07', ['Belmark', 'BEL'], 'THREATEN', false, [
  'Belmark buried three border guards killed when Arvand\'s army shelled their posts on the Tesla river, and its president vowed a response at the funeral on Tuesday.',
  'Villagers driven from the river by the shelling watched from the roadside as the coffins passed.',
]);

for (const b of stores) test(`a lead about another pair of countries is another happening unless the words match closely [${b.name}]`, { skip: b.skip }, async () => {
  const saved = storyTuning.dyadVetoBelow;
  try {
    for (const [veto, joins] of [[0, true], [saved, false]] as const) {
      const s = await b.open();
      storyTuning.dyadVetoBelow = veto;
      try {
        const a = await ingest(s.db, shellingBelmark);
        const c = await ingest(s.db, shellingCorsa);
        assert.equal(c.storyId === a.storyId, joins, `dyadVetoBelow ${veto}: Corsa's shelling ${joins ? 'joins' : 'stays apart'}`);
        if (!joins) {
          const f = await ingest(s.db, belmarkFuneral);
          assert.equal(f.storyId, a.storyId, 'the funerals, the same pair of countries, join the shelling');
        }
      } finally {
        await s.done();
      }
    }
    // A story stored before its pairs were kept has none, and is matched on words and actors alone.
    const s = await b.open();
    try {
      const a = await ingest(s.db, shellingBelmark);
      await s.db.run("UPDATE corpus_stories SET dyads = '[]'");
      const c = await ingest(s.db, shellingCorsa);
      assert.equal(c.storyId, a.storyId);
    } finally {
      await s.done();
    }
  } finally {
    storyTuning.dyadVetoBelow = saved;
  }
});

test('a story\'s actors leave out the agency and place a dateline names (every AP report from Kyiv would share them)', () => {
  const text = 'KYIV, Ukraine (AP) — Russia struck power plants overnight, officials said.\n\nThe mayor of Kyiv said the city had power again by noon.';
  const a = analysisOf({
    url: 'https://wire.example/kyiv', title: 'Russia strikes power plants', publisher: 'AP', published: '2024-05-06', text,
    entities: [
      { ...entity('E1', 'ORG', 'AP', 'org:ap', 'USA', 'JRN'), mentions: [{ start: 15, end: 17, text: 'AP' }] },
      { ...entity('E2', 'GPE', 'Kyiv', null, 'UKR'), mentions: [{ start: 0, end: 4, text: 'KYIV' }, { start: text.lastIndexOf('Kyiv'), end: text.lastIndexOf('Kyiv') + 4, text: 'Kyiv' }] },
      { ...entity('E3', 'GPE', 'Russia', null, 'RUS'), mentions: [{ start: 21, end: 27, text: 'Russia' }] },
    ],
  });
  a.paragraphs = [{ start: 0, end: text.indexOf('\n'), kind: 'paragraph' }, { start: text.lastIndexOf('\n') + 1, end: text.length, kind: 'paragraph' }];
  assert.deepEqual([...articleActors(a)].map(([k, n]) => [k.replace(/^.*:/, ''), n]), [['kyiv', 1], ['russia', 1]]);
});
