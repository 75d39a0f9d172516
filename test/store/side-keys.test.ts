// Who acts and speaks, as the store keys it: a capital that speaks for its state, an organ or force the
// KB does not know, and a country's name count under the country; people and other places under
// their own names. Texts are our own.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { backends, type Opened } from './backends.ts';
import { analysisOf } from './fixtures.ts';
import { listArticles, saveAnalysis } from '../../src/store/articles.ts';
import { sideKey } from '../../src/store/keys.ts';
import { actorTimeline } from '../../src/corpus/actors.ts';
import { analyzeArticle } from '../../src/nlp/pipeline.ts';
import { articleFromText } from '../../src/extract/given.ts';
import { exportData } from '../../src/corpus/export/index.ts';
import { Writable } from 'node:stream';
import { actorRelations } from '../../src/web/queries.ts';

test('a capital, a country named by an event and an unknown organ or force stand for the state', () => {
  assert.equal(sideKey({ name: 'Moscow', type: 'GPE', country: 'RUS', sector: 'GOV' }), 'country:RUS');
  // A capital keeps standing for its state without the sector (a quote's speaker carries the entity's).
  assert.equal(sideKey({ name: 'Pyongyang', type: 'GPE', country: 'PRK', sector: null }), 'country:PRK');
  // An event side with no entity, named by a demonym upstream ("Iranian drones" -> Iran).
  assert.equal(sideKey({ name: 'Iran', country: 'IRN' }), 'country:IRN');
  assert.equal(sideKey({ name: 'the United Kingdom', country: 'GBR' }), 'country:GBR');
  // Its people and its adjective alone, as GDELT counts them under the country.
  assert.equal(sideKey({ name: 'Israelis', type: 'NORP', country: 'ISR', sector: null }), 'country:ISR');
  assert.equal(sideKey({ name: 'Russian', type: 'NORP', country: 'RUS', sector: null }), 'country:RUS');
  // Keyed by name, these were one actor for the forces of four countries and the ministries of four.
  assert.equal(sideKey({ name: 'its forces', country: 'ISR', sector: 'MIL' }), 'country:ISR');
  assert.equal(sideKey({ name: 'its forces', country: 'SDN', sector: 'MIL' }), 'country:SDN');
  assert.equal(sideKey({ name: 'Defense Ministry', type: 'ORG', country: 'TWN', sector: 'GOV' }), 'country:TWN');
  assert.equal(sideKey({ name: 'Malian troops', type: 'NORP', country: 'MLI', sector: 'MIL' }), 'country:MLI');
  assert.equal(sideKey({ name: 'Georgian riot police', country: 'GEO', sector: 'COP' }), 'country:GEO');
  assert.equal(sideKey({ name: 'the Russian government', type: 'ORG', country: 'RUS', sector: 'GOV' }), 'country:RUS');
  assert.equal(sideKey({ name: 'two Iranian defense officials', country: 'IRN', sector: 'GOV' }), 'country:IRN');
  assert.equal(sideKey({ name: 'Ministry of Commerce', type: 'ORG', country: 'CHN', sector: 'GOV' }), 'country:CHN');
  assert.equal(sideKey({ name: 'U.S. Embassy', type: 'ORG', country: 'USA', sector: 'GOV' }), 'country:USA');
  assert.equal(sideKey({ name: 'Joint Chiefs of Staff', type: 'ORG', country: 'KOR', sector: 'MIL' }), 'country:KOR');
});

test('people, other places, groups outside the state and resolved actors keep their own keys', () => {
  assert.equal(sideKey({ kb: 'org:state-department', name: 'State Department', type: 'ORG', country: 'USA', sector: 'GOV' }), 'org:state-department');
  // An official the KB does not know is a person, not the state.
  assert.equal(sideKey({ name: 'Esmaeil Baghaei', type: 'PERSON', country: 'IRN', sector: 'GOV' }), 'name:esmaeil baghaei');
  // A state's own government, a struck city: places act as themselves.
  assert.equal(sideKey({ name: 'Texas', type: 'GPE', country: 'USA', sector: 'GOV' }), 'name:texas');
  assert.equal(sideKey({ name: 'Kharkiv', type: 'GPE', country: 'UKR', sector: null }), 'name:kharkiv');
  // A description without a sector is not the state's.
  assert.equal(sideKey({ name: 'Taiwan voters', country: 'TWN', sector: null }), 'name:taiwan voters');
  assert.equal(sideKey({ name: 'Russian engineers', country: 'RUS', sector: null }), 'name:russian engineers');
  assert.equal(sideKey({ name: 'Gang members', country: 'HTI', sector: 'CRM' }), 'name:gang members');
  assert.equal(sideKey({ name: 'Baluchistan Liberation Army', type: 'ORG', country: 'PAK', sector: 'REB' }), 'name:baluchistan liberation army');
  // A body named for a place within the state or for a cause is a body of its own.
  assert.equal(sideKey({ name: 'Indiana governor', country: 'USA', sector: 'GOV' }), 'name:indiana governor');
  assert.equal(sideKey({ name: 'the governor', country: 'USA', sector: 'GOV' }), 'name:the governor');
  assert.equal(sideKey({ name: 'state officials', country: 'USA', sector: 'GOV' }), 'name:state officials');
  assert.equal(sideKey({ name: 'North American leaders', country: 'USA', sector: 'GOV' }), 'name:north american leaders');
  assert.equal(sideKey({ name: 'Tulsa Police Department', type: 'ORG', country: 'USA', sector: 'COP' }), 'name:tulsa police department');
  assert.equal(sideKey({ name: 'Judicial Watch', type: 'ORG', country: 'USA', sector: 'JUD' }), 'name:judicial watch');
  assert.equal(sideKey({ name: 'Business Council of British Columbia', type: 'ORG', country: 'GBR', sector: 'GOV' }), 'name:business council of british columbia');
  assert.equal(sideKey({ name: 'Russian-backed authorities', country: 'RUS', sector: 'GOV' }), 'name:russian backed authorities');
  // Without a country there is no state to stand for.
  assert.equal(sideKey({ name: 'government', sector: 'GOV' }), 'name:government');
  assert.equal(sideKey({ name: null, country: 'RUS' }), null);
});

for (const backend of backends) {
  describe(`store conformance (${backend.name}): sides keyed by who acts`, { skip: backend.skip }, () => {
    let s: Opened;
    before(async () => { s = await backend.open(); });
    after(async () => { await s?.cleanup(); });

    test('"Moscow said" counts in Russia\'s timeline: its threat and its quote', async () => {
      const text = 'MOSCOW (AP) — Moscow said on Tuesday it would retaliate against Ukraine after drones hit a fuel depot near the border, '
        + 'and Russia summoned the ambassador of Finland.\n\nThe strikes were the third this month.';
      const a = analyzeArticle(articleFromText(text, { published: '2025-06-10' }));
      const threat = a.events.find((e) => e.type === 'THREATEN');
      assert.equal(threat?.actor?.name, 'Moscow', 'the analysis names the capital as the side');
      await saveAnalysis(s.db, a);
      const rows = await s.db.all<{ type: string; actor_key: string | null; actor_name: string | null }>(
        'SELECT type, actor_key, actor_name FROM article_events WHERE article_id = ? ORDER BY idx', [a.id]);
      assert.deepEqual(rows.find((r) => r.type === 'THREATEN'), { type: 'THREATEN', actor_key: 'country:RUS', actor_name: 'Moscow' });
      const q = await s.db.get<{ speaker_key: string; speaker_name: string }>('SELECT speaker_key, speaker_name FROM article_quotes WHERE article_id = ?', [a.id]);
      assert.deepEqual({ ...q }, { speaker_key: 'country:RUS', speaker_name: 'Moscow' });
      const rus = await actorTimeline(s.db, 'country:RUS', { since: '2025-06-09', until: '2025-06-15' });
      assert.ok(rus.totals.events >= 2, `the threat and the summons: ${rus.totals.events}`);
      assert.equal(rus.totals.quotes, 1);
      assert.equal(rus.actor.name, 'Russia');
      // "Moscow" and "Russia" are one entity row, Russia's, written as Russia's own rows are, from the
      // first words that named it; the roll-up counts the article once.
      const russia = await s.db.all<{ actor_key: string; name: string; type: string; kb: string; mentions: number; first_start: number }>(
        "SELECT actor_key, name, type, kb, mentions, first_start FROM article_entities WHERE article_id = ? AND actor_key = 'country:RUS'", [a.id]);
      const named = a.entities.filter((e) => e.name === 'Moscow' || e.name === 'Russia').reduce((n, e) => n + e.mentions.length, 0);
      assert.deepEqual(russia.map((r) => ({ ...r, mentions: Number(r.mentions) })),
        [{ actor_key: 'country:RUS', name: 'Russia', type: 'GPE', kb: 'country:RUS', mentions: named - 1, first_start: text.indexOf('Moscow said') }]);
      const total = await s.db.get<{ articles: number }>("SELECT articles FROM actor_totals WHERE actor_key = 'country:RUS'");
      assert.equal(Number(total?.articles), 1);
      // The actors' graph has one node for Russia, named for it rather than for the words of its first event.
      let xml = '';
      await exportData(s.db, { format: 'graphml', what: 'events' }, new Writable({ write(c, _e, cb) { xml += String(c); cb(); } }));
      const node = /<node id="(n\d+)">\s*<data key="key">country:RUS<\/data>\s*<data key="label">([^<]*)<\/data>/.exec(xml);
      assert.equal(node?.[2], 'Russia', xml);
    });

    test('a country only its forces stand for, with no entity of its own, is named by the country', async () => {
      const text = 'Malian troops fired on a convoy of the rebels near Kidal on Monday.';
      const a = analysisOf({
        text, url: 'https://news.example/kidal', published: '2025-06-09',
        entities: [{ name: 'rebels', type: 'ORG', kb: 'org:fla', country: 'MLI', sector: 'REB' }],
        events: [{ type: 'ASSAULT', actor: { entity: null, name: 'Malian troops', country: 'MLI', sector: 'MIL' }, target: { entity: 'E1', name: 'rebels', country: 'MLI', sector: 'REB' } }],
      });
      await saveAnalysis(s.db, a);
      const mli = await actorTimeline(s.db, 'country:MLI', { since: '2025-06-09', until: '2025-06-15' });
      assert.deepEqual({ ...mli.actor, events: mli.totals.events }, { key: 'country:MLI', name: 'Mali', country: 'MLI', events: 1 });
      // The web's graph of whom an actor dealt with names it too.
      const g = await actorRelations(s.db, 'org:fla');
      assert.deepEqual(g.nodes.find((n) => n.id === 'country:MLI'), { id: 'country:MLI', label: 'Mali', type: null, country: 'MLI', weight: 1 });
    });

    test('an organ the KB does not know is its state in the lists of who is named', async () => {
      const a = analysisOf({
        text: 'The Defense Ministry said it tracked 45 aircraft near the island on Monday.', url: 'https://news.example/tracked', published: '2025-06-09',
        entities: [{ name: 'Defense Ministry', type: 'ORG', country: 'TWN', sector: 'GOV' }],
        quotes: [{ text: 'it tracked 45 aircraft near the island on Monday', type: 'indirect', speaker: { entity: 'E1', name: 'Defense Ministry', mention: null } }],
      });
      await saveAnalysis(s.db, a);
      const twn = await actorTimeline(s.db, 'country:TWN', { since: '2025-06-09', until: '2025-06-15' });
      assert.deepEqual({ ...twn.actor, quotes: twn.totals.quotes }, { key: 'country:TWN', name: 'Taiwan', country: 'TWN', quotes: 1 });
      assert.deepEqual((await listArticles(s.db, { actor: 'Taiwan' })).items.map((i) => i.id), [a.id]);
    });

    test('a speaker no entity names is what its words say: "A senior Malian army officer" is Mali\'s, "Residents of Bamako" Malian civilians, "Analysts" of no country but a sector; "Fatima" and "The man" no one\'s', async () => {
      const text = 'A senior Malian army officer told Reuters the fighters would stay. Residents of Bamako said prices had doubled. Fatima said she was afraid. The man said he had left. Analysts said the junta would hold.';
      const quote = (said: string, name: string) => ({ text: said, type: 'indirect' as const, speaker: { entity: null, name, mention: null } });
      const a = analysisOf({
        text, url: 'https://news.example/bamako', published: '2025-06-09',
        quotes: [quote('the fighters would stay', 'A senior Malian army officer'), quote('prices had doubled', 'Residents of Bamako'),
          quote('she was afraid', 'Fatima'), quote('he had left', 'The man'), quote('the junta would hold', 'Analysts')],
      });
      await saveAnalysis(s.db, a);
      const rows = await s.db.all<{ speaker_key: string; speaker_country: string | null; speaker_sector: string | null }>(
        'SELECT speaker_key, speaker_country, speaker_sector FROM article_quotes WHERE article_id = ? ORDER BY idx', [a.id]);
      assert.deepEqual(rows.map((r) => ({ ...r })), [
        { speaker_key: 'country:MLI', speaker_country: 'MLI', speaker_sector: 'MIL' },
        { speaker_key: 'name:residents of bamako', speaker_country: 'MLI', speaker_sector: 'CVL' },
        { speaker_key: 'name:fatima', speaker_country: null, speaker_sector: null },
        { speaker_key: 'name:the man', speaker_country: null, speaker_sector: null },
        { speaker_key: 'name:analysts', speaker_country: null, speaker_sector: 'EDU' },
      ]);
    });

    test('"a senior administration official" and "a federal judge" are the United States\' in a story filed from there, no one\'s in one filed from Seoul', async () => {
      const text = 'A senior administration official said the talks would resume. A federal judge said the order stood.';
      const quote = (said: string, name: string) => ({ text: said, type: 'indirect' as const, speaker: { entity: null, name, mention: null } });
      const countries = async (dateline: { text: string; place: string; country: string }, url: string): Promise<Array<string | null>> => {
        const a = analysisOf({ text, url, published: '2025-06-09', quotes: [quote('the talks would resume', 'A senior administration official'), quote('the order stood', 'A federal judge')] });
        a.meta.dateline = dateline;
        await saveAnalysis(s.db, a);
        const rows = await s.db.all<{ speaker_country: string | null }>('SELECT speaker_country FROM article_quotes WHERE article_id = ? ORDER BY idx', [a.id]);
        return rows.map((r) => r.speaker_country);
      };
      assert.deepEqual(await countries({ text: 'WASHINGTON', place: 'Washington', country: 'USA' }, 'https://news.example/dc'), ['USA', 'USA']);
      assert.deepEqual(await countries({ text: 'SEOUL', place: 'Seoul', country: 'KOR' }, 'https://news.example/seoul'), [null, null]);
    });
  });
}
