// Store conformance: articles. The same tests run on SQLite and (when configured) PostgreSQL.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { backends, type Opened } from './backends.ts';
import { analysisOf, sampleSet } from './fixtures.ts';
import { saveAnalysis, getArticle, listArticles, countArticles, deleteArticle, textKeys } from '../../src/store/articles.ts';
import { contentHash } from '../../src/store/keys.ts';
import { openDb } from '../../src/store/open.ts';
import { migrations } from '../../src/store/migrations/index.ts';

for (const backend of backends) {
  describe(`store conformance (${backend.name}): articles`, { skip: backend.skip }, () => {
    let s: Opened;
    before(async () => { s = await backend.open(); });
    after(async () => { await s?.cleanup(); });

    test('migrations are recorded once and opening again applies nothing new', async () => {
      const again = await openDb({ db: s.location });
      const ids = (await again.all<{ id: string }>('SELECT id FROM schema_migrations ORDER BY id')).map((r) => r.id);
      await again.close();
      assert.deepEqual(ids, migrations.map((m) => m.id).sort());
    });

    test('a new article reads back as the analysis it was saved from', async () => {
      const [a] = sampleSet();
      const r = await saveAnalysis(s.db, a);
      assert.equal(r.status, 'new');
      const got = await getArticle(s.db, r.id);
      assert.ok(got);
      assert.deepEqual(got.analysis, a);
      assert.equal(got.canonicalUrl, 'https://news.example/dam-talks');
      assert.equal(got.title, 'Dam talks in Geneva');
      assert.equal(got.published, '2016-03-07');
      assert.equal(got.entityCount, 3);
      assert.equal(got.quoteCount, 1);
      assert.equal(got.eventCount, 1);
      assert.equal(got.wordCount, 25);
      assert.deepEqual(got.authors, ['Ada Writer']);
    });

    test('saving the same analysis again is a duplicate and writes nothing', async () => {
      const [a] = sampleSet();
      const before = (await getArticle(s.db, a.id))!.updatedAt;
      const r = await saveAnalysis(s.db, a);
      assert.equal(r.status, 'duplicate');
      assert.equal((await getArticle(s.db, a.id))!.updatedAt, before);
    });

    test('the analysis is stored packed on SQLite; a row written as JSON text before reads the same and stays a duplicate', async () => {
      const [a] = sampleSet();
      const row = await s.db.get<{ analysis: string | Uint8Array }>('SELECT analysis FROM articles WHERE id = ?', [a.id]);
      const { text: _t, ...rest } = a;
      const json = JSON.stringify(rest);
      if (s.db.dialect === 'sqlite') {
        assert.ok(row!.analysis instanceof Uint8Array && row!.analysis.length < json.length);
        await s.db.run('UPDATE articles SET analysis = ? WHERE id = ?', [json, a.id]);
      } else {
        assert.equal(row!.analysis, json);
      }
      assert.deepEqual((await getArticle(s.db, a.id))!.analysis, a);
      assert.equal((await saveAnalysis(s.db, a)).status, 'duplicate');
    });

    test('the same canonical URL with changed text updates the one article and replaces its rows', async () => {
      const [a] = sampleSet();
      const edited = analysisOf({ text: `${a.text} Talks resume on Friday.`, url: 'https://news.example/dam-talks', title: 'Dam talks resume', publisher: 'Daily Example', published: '2016-03-07',
        entities: [{ name: 'Ruritania', type: 'GPE', kb: 'country:RUR', country: 'RUR' }] });
      const n = await countArticles(s.db);
      const r = await saveAnalysis(s.db, edited);
      assert.equal(r.status, 'updated');
      assert.equal(r.id, a.id);
      assert.equal(await countArticles(s.db), n);
      const ents = await s.db.all<{ name: string }>('SELECT name FROM article_entities WHERE article_id = ?', [a.id]);
      assert.deepEqual(ents.map((e) => e.name), ['Ruritania']);
      assert.equal((await s.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM article_quotes WHERE article_id = ?', [a.id]))!.n, 0);
      assert.equal((await getArticle(s.db, a.id))!.title, 'Dam talks resume');
      // Put the original back for the tests below.
      assert.equal((await saveAnalysis(s.db, a)).status, 'updated');
    });

    test('without a URL, the same words with other spacing are the same document', async () => {
      const t = sampleSet()[2];
      assert.equal((await saveAnalysis(s.db, t)).status, 'new');
      const respaced = analysisOf({ text: t.text.replace(/ /g, '  ').replace('prize', 'prize\n'), title: 'Tart prize', publisher: 'Daily Example', published: '2016-04-01', uri: 'other.txt', dateline: 'Lisbon',
        entities: [{ name: 'Lisbon', type: 'GPE', country: 'PRT' }] });
      const r = await saveAnalysis(s.db, respaced);
      assert.notEqual(r.status, 'new');
      assert.equal(r.id, t.id);
    });

    test('the same text under another source id or in another file is a copy: the first stays as stored', async () => {
      const text = 'A second outlet ran the report about the harbour strike word for word.';
      const first = analysisOf({ text, uri: 'wire.jsonl', published: '2016-05-01', title: 'Harbour strike' });
      const r1 = await saveAnalysis(s.db, first, { sourceId: 'wire-1' });
      assert.equal(r1.status, 'new');
      const republished = analysisOf({ text, uri: 'wire.jsonl', published: '2016-05-02', title: 'Harbour strike (updated)' });
      assert.deepEqual(await saveAnalysis(s.db, republished, { sourceId: 'wire-2' }), { id: r1.id, status: 'duplicate' });
      const kept = (await getArticle(s.db, r1.id))!;
      assert.deepEqual([kept.published, kept.title, kept.sourceId], ['2016-05-01', 'Harbour strike', 'wire-1']);
      // The same line read again with a newer analysis is the document itself: it updates.
      assert.equal((await saveAnalysis(s.db, republished, { sourceId: 'wire-1' })).status, 'updated');
      assert.equal((await getArticle(s.db, r1.id))!.published, '2016-05-02');
      // Files: a copy at another path is a duplicate; the same path re-read updates.
      const fromFile = analysisOf({ text, uri: '/data/a/strike.txt', published: '2016-05-03' });
      assert.equal((await saveAnalysis(s.db, fromFile, { sourceId: null })).status, 'duplicate');
      assert.ok(await deleteArticle(s.db, r1.id));
      const r2 = await saveAnalysis(s.db, fromFile, { matchUri: true });
      assert.equal((await saveAnalysis(s.db, analysisOf({ text, uri: '/data/b/strike.txt', published: '2016-05-04' }), { matchUri: true })).status, 'duplicate');
      assert.equal((await saveAnalysis(s.db, analysisOf({ text, uri: '/data/a/strike.txt', published: '2016-05-04' }), { matchUri: true })).status, 'updated');
      assert.equal((await getArticle(s.db, r2.id))!.published, '2016-05-04');
      assert.ok(await deleteArticle(s.db, r2.id));
    });

    test('keys the caller computed for the same text are used, for another text ignored', async () => {
      const text = 'The harbour board met on Tuesday and agreed to dredge the channel before the spring tides.';
      const a = analysisOf({ text });
      // Stand-in keys show which were used; the ingest passes the real ones (textKeys).
      const given = { text, contentHash: 'c'.repeat(64), textId: 'd'.repeat(64) };
      const r = await saveAnalysis(s.db, a, { known: given });
      assert.equal(r.id, given.textId);
      assert.equal((await getArticle(s.db, r.id))?.contentHash, given.contentHash);
      const b = analysisOf({ text: `${text} The vote was close.` });
      const other = await saveAnalysis(s.db, b, { known: given });
      assert.equal(other.id, textKeys(b.text).textId);
      assert.equal((await getArticle(s.db, other.id))?.contentHash, contentHash(b.text));
      assert.equal(textKeys(text).textId, a.id);
      assert.equal(textKeys(text, false).textId, null);
      assert.equal(await deleteArticle(s.db, r.id), true);
      assert.equal(await deleteArticle(s.db, other.id), true);
    });

    test('a file re-extracted with other text updates its article when matched by uri', async () => {
      const first = analysisOf({ text: 'First extraction of a page about harbour cranes.', uri: '/data/cranes.html' });
      const second = analysisOf({ text: 'Second, better extraction of a page about harbour cranes.', uri: '/data/cranes.html' });
      const r1 = await saveAnalysis(s.db, first, { matchUri: true });
      const r2 = await saveAnalysis(s.db, second, { matchUri: true });
      assert.equal(r2.status, 'updated');
      assert.equal(r2.id, r1.id);
      assert.match((await getArticle(s.db, r1.id))!.analysis.text, /better/);
      assert.ok(await deleteArticle(s.db, r1.id));
    });

    test('entity, quote and event rows carry actor keys, countries and event dates', async () => {
      await saveAnalysis(s.db, sampleSet()[1]);
      const ents = await s.db.all<{ actor_key: string; country: string }>('SELECT actor_key, country FROM article_entities WHERE article_id = ? ORDER BY entity_id', [sampleSet()[0].id]);
      assert.deepEqual(ents.map((e) => e.actor_key), ['country:RUR', 'country:FRE', 'name:anna berg']);
      const q = await s.db.get<{ speaker_key: string; speaker_country: string; quote_date: string }>('SELECT speaker_key, speaker_country, quote_date FROM article_quotes WHERE article_id = ?', [sampleSet()[0].id]);
      assert.deepEqual({ ...q }, { speaker_key: 'name:anna berg', speaker_country: 'RUR', quote_date: '2016-03-07' });
      const evs = await s.db.all<{ type: string; actor_key: string; target_key: string | null; event_date: string; date_precision: string; goldstein: number }>(
        'SELECT type, actor_key, target_key, event_date, date_precision, goldstein FROM article_events WHERE article_id = ? ORDER BY idx', [sampleSet()[1].id]);
      assert.deepEqual(evs.map((e) => ({ ...e, goldstein: Number(e.goldstein) })), [
        // No date of its own: counted on the published day.
        { type: 'ACCUSE', actor_key: 'country:FRE', target_key: 'country:RUR', event_date: '2016-03-09', date_precision: 'published', goldstein: -2 },
        // "this month": the published day lies in it.
        { type: 'ASSAULT', actor_key: 'country:RUR', target_key: null, event_date: '2016-03-09', date_precision: 'month', goldstein: -9 },
      ]);
    });

    test('listArticles filters by publisher, dates, country and actor, newest first, with totals', async () => {
      const all = await listArticles(s.db);
      assert.equal(all.total, 3);
      assert.deepEqual(all.items.map((i) => i.title), ['Tart prize', 'Shelling charge', 'Dam talks in Geneva']);
      assert.equal((await listArticles(s.db, { publisher: 'Daily Example' })).total, 2);
      assert.equal((await listArticles(s.db, { since: '2016-03-08', until: '2016-03-31' })).items[0].title, 'Shelling charge');
      assert.equal((await listArticles(s.db, { country: 'PRT' })).total, 1);
      assert.equal((await listArticles(s.db, { actor: 'country:FRE' })).total, 2);
      assert.equal((await listArticles(s.db, { actor: 'Anna Berg' })).total, 1);
      const page = await listArticles(s.db, { limit: 1, offset: 1 });
      assert.equal(page.total, 3);
      assert.deepEqual(page.items.map((i) => i.title), ['Shelling charge']);
    });

    test('an actor filter by name finds the actor the KB resolves it to, as a user writes it', async () => {
      const a = analysisOf({
        text: 'Vladimir Putin met envoys in the Kremlin on Tuesday.', url: 'https://news.example/envoys', published: '2016-03-10',
        entities: [{ name: 'Vladimir Putin', kb: 'person:vladimir-putin', country: 'RUS', sector: 'GOV' }, { name: 'Kremlin', type: 'ORG', kb: 'org:kremlin', country: 'RUS', sector: 'GOV' }],
      });
      await saveAnalysis(s.db, a);
      for (const name of ['Putin', 'Vladimir Putin', 'person:vladimir-putin', 'the Kremlin']) {
        assert.deepEqual((await listArticles(s.db, { actor: name })).items.map((i) => i.id), [a.id], name);
      }
      assert.equal((await listArticles(s.db, { actor: 'Angela Merkel' })).total, 0);
      assert.ok(await deleteArticle(s.db, a.id));
    });

    test('a failure inside the article transaction leaves no trace of it', async () => {
      const a = analysisOf({ text: 'An article whose corpus step fails.', url: 'https://news.example/fails', entities: [{ name: 'Nobody' }] });
      await assert.rejects(saveAnalysis(s.db, a, {}, async () => { throw new Error('corpus step failed'); }), /corpus step failed/);
      assert.equal(await getArticle(s.db, a.id), null);
      assert.equal((await s.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM article_entities WHERE article_id = ?', [a.id]))!.n, 0);
    });

    test('the after-save hook runs in the same transaction and sees the row', async () => {
      const a = analysisOf({ text: 'An article the corpus step reads back.', url: 'https://news.example/hook' });
      let seen = 0;
      await saveAnalysis(s.db, a, {}, async (tx, r) => {
        seen = (await tx.get<{ n: number }>('SELECT COUNT(*) AS n FROM articles WHERE id = ?', [r.id]))!.n;
      });
      assert.equal(seen, 1);
      assert.ok(await deleteArticle(s.db, a.id));
    });

    test('saving one new article from many callers at once stores it once', async () => {
      const a = analysisOf({ text: 'Raced article about a bridge opening.', url: 'https://news.example/race', entities: [{ name: 'Bridge Board', type: 'ORG' }] });
      const results = await Promise.allSettled(Array.from({ length: 5 }, () => saveAnalysis(s.db, a)));
      const ok = results.filter((r) => r.status === 'fulfilled').map((r) => (r as PromiseFulfilledResult<{ status: string }>).value.status);
      assert.equal(ok.filter((x) => x === 'new').length, 1);
      assert.equal((await s.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM articles WHERE id = ?', [a.id]))!.n, 1);
      assert.equal((await s.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM article_entities WHERE article_id = ?', [a.id]))!.n, 1);
      assert.ok(await deleteArticle(s.db, a.id));
    });

    test('deleting an article removes its rows', async () => {
      const a = analysisOf({ text: 'Short-lived article about a parade.', url: 'https://news.example/parade', entities: [{ name: 'Parade Committee', type: 'ORG' }], events: [{ type: 'PROTEST' }] });
      await saveAnalysis(s.db, a);
      assert.ok(await deleteArticle(s.db, a.id));
      for (const t of ['article_entities', 'article_events']) {
        assert.equal((await s.db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${t} WHERE article_id = ?`, [a.id]))!.n, 0);
      }
      assert.equal(await deleteArticle(s.db, a.id), false);
    });
  });
}
