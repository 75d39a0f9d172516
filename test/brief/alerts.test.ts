// Watchlist alerts as articles arrive: by mail (real SMTP on loopback) and by webhook (a local HTTP
// receiver that checks the HMAC signature), retried after failures, once per story and watchlist.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { createHmac } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { alertOnArticle, deliverAlerts, recordAlerts } from '../../src/brief/alerts.ts';
import { createMailer } from '../../src/brief/mailer.ts';
import { addWatchlist } from '../../src/brief/watchlists.ts';
import { webhookKey } from '../../src/brief/webhook.ts';
import { matchArticle, WatchSpec } from '../../src/brief/match.ts';
import { saveAnalysis } from '../../src/store/articles.ts';
import { toBriefArticle } from '../../src/brief/source.ts';
import { analysis, ARTICLES, fixtureStore } from './fixtures.ts';
import { startSmtp } from './smtp.ts';
import { FAST_RETRY, testConfig } from './env.ts';

interface Hook { headers: Record<string, string | string[] | undefined>; body: string }

async function receiver(failFirst: number) {
  const got: Hook[] = [];
  let calls = 0;
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      calls++;
      if (calls <= failFirst) {
        res.writeHead(503).end('busy');
        return;
      }
      got.push({ headers: req.headers, body });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, got, calls: () => calls, close: () => new Promise<void>((r) => server.close(() => r())) };
}

test('watchlist matching: event criteria, mentions, keywords', () => {
  const [summit, meet, shelling] = ARTICLES.map((s) => {
    const a = analysis(s);
    return toBriefArticle({ id: a.id, title: a.meta.title, publisher: a.meta.publisher, published: a.meta.published!, canonical_url: null, uri: null, text: a.text, analysis: JSON.stringify(a) });
  });
  const spec = (x: object) => WatchSpec.parse(x);
  const t1 = matchArticle(spec({ pairs: [['KOR', 'PRK']], minSeverity: 8 }), shelling);
  assert.match(shelling.text.slice(t1!.sentence.start, t1!.sentence.end), /^Artillery fire/);
  assert.match(t1!.reason, /ASSAULT, North Korea → South Korea, severity 9\.0/);
  assert.equal(matchArticle(spec({ pairs: [['KOR', 'PRK']], minSeverity: 8 }), meet), null);
  assert.match(matchArticle(spec({ actors: ['Putin'] }), summit)!.reason, /mentions Vladimir Putin/);
  assert.equal(matchArticle(spec({ actors: ['Putin'], keywords: ['rocket'] }), summit), null, 'keyword must be in the sentence');
  assert.ok(matchArticle(spec({ actors: ['Putin'], keywords: ['rocket'] }), meet));
  assert.ok(matchArticle(spec({ eventTypes: ['THREATEN'], statuses: ['threatened'], countries: ['USA'] }), meet));
  assert.equal(matchArticle(spec({ keywords: ['arm'] }), meet), null, 'keywords match whole words');
});

test('a watchlist of a state matches what its capital and its organs do and say ("Moscow said", "the Defense Ministry")', () => {
  const brief = (x: Parameters<typeof analysis>[0]) => {
    const a = analysis(x);
    return toBriefArticle({ id: a.id, title: a.meta.title, publisher: a.meta.publisher, published: a.meta.published!, canonical_url: null, uri: null, text: a.text, analysis: JSON.stringify(a) });
  };
  const moscow = brief({
    title: 'Moscow warns Kyiv', publisher: 'Evening Courier', published: '2023-09-13', url: 'https://courier.example/warns',
    paragraphs: ['Moscow said it would retaliate against Kyiv for the strikes.'],
    entities: [{ name: 'Moscow', type: 'GPE', country: 'RUS', sector: 'GOV' }, { name: 'Kyiv', type: 'GPE', country: 'UKR', sector: 'GOV' }],
    events: [{ type: 'THREATEN', status: 'threatened', actor: { name: 'Moscow', country: 'RUS', sector: 'GOV' }, target: { name: 'Kyiv', country: 'UKR', sector: 'GOV' }, in: 'retaliate' }],
  });
  const spec = (x: object) => WatchSpec.parse(x);
  assert.match(matchArticle(spec({ actors: ['Russia'], eventTypes: ['THREATEN'] }), moscow)!.reason, /THREATEN \(threatened\), Moscow → Kyiv/);
  assert.match(matchArticle(spec({ actors: ['Ukraine'] }), moscow)!.reason, /mentions Kyiv \(Ukraine\)/);
  const ministry = brief({
    title: 'Jets tracked', publisher: 'Evening Courier', published: '2023-09-13', url: 'https://courier.example/tracked',
    paragraphs: ['The Defense Ministry said it tracked 45 aircraft near the island.'],
    entities: [{ name: 'Defense Ministry', type: 'ORG', country: 'TWN', sector: 'GOV' }],
  });
  assert.ok(matchArticle(spec({ actors: ['Taiwan'] }), ministry));
  // Another state's capital is not the state's.
  assert.equal(matchArticle(spec({ actors: ['Belarus'] }), moscow), null);
});

test('alerts go out by mail and signed webhook, retried, once per story and watchlist', async () => {
  const smtp = await startSmtp();
  const hook = await receiver(2);
  const store = await fixtureStore([]);
  const cfg = testConfig(store.dir, smtp.url);
  const mailer = createMailer(cfg.smtpUrl);
  try {
    const w = await addWatchlist(store.db, { name: 'Korean clashes', spec: { pairs: [['PRK', 'KOR']], eventTypes: ['ASSAULT'] }, email: 'desk@example.org', webhookUrl: hook.url });
    await addWatchlist(store.db, { name: 'Farm', spec: { keywords: ['tractor'] }, email: 'farm@example.org' });

    const first = await saveAnalysis(store.db, analysis(ARTICLES[2]));
    const recs = await alertOnArticle(store.db, first.id, { storyId: 'story-border', config: cfg, mailer, retry: FAST_RETRY });
    assert.equal(recs.length, 1);
    assert.equal(recs[0].watchlist, 'Korean clashes');

    await smtp.waitFor(1);
    const mail = smtp.received[0];
    assert.deepEqual(mail.to, ['desk@example.org']);
    assert.equal(mail.mail.subject, '[sitrep alert] Korean clashes: Shelling along the river border leaves two soldiers dead');
    assert.match(mail.mail.text as string, /Artillery fire from North Korea struck a South Korea guard post/);
    assert.match(mail.mail.text as string, new RegExp(`/articles/${first.id}\\?hl=0-124#hl`));

    assert.equal(hook.calls(), 3, 'two 503s, then accepted');
    assert.equal(hook.got.length, 1);
    const h = hook.got[0];
    const expected = `sha256=${createHmac('sha256', webhookKey(cfg.secret, w.id)).update(`${h.headers['x-sitrep-timestamp']}.${h.body}`).digest('hex')}`;
    assert.equal(h.headers['x-sitrep-signature'], expected, 'signed with the watchlist key');
    const body = JSON.parse(h.body);
    assert.equal(body.type, 'sitrep.alert');
    assert.equal(body.watchlist.name, 'Korean clashes');
    assert.equal(body.article.id, first.id);
    assert.equal(body.sentence.text, 'Artillery fire from North Korea struck a South Korea guard post on the river border early on Thursday, killing two soldiers.');
    assert.deepEqual([body.sentence.start, body.sentence.end], [0, 124]);

    // The next article of the same story raises nothing new; nor does delivering again.
    const second = await saveAnalysis(store.db, analysis(ARTICLES[3]));
    assert.equal((await alertOnArticle(store.db, second.id, { storyId: 'story-border', config: cfg, mailer, retry: FAST_RETRY })).length, 0);
    const again = await deliverAlerts(store.db, cfg, { mailer, retry: FAST_RETRY });
    assert.equal(again.email.sent + again.webhook.sent, 0);
    // A different story does.
    assert.equal((await recordAlerts(store.db, second.id, 'story-other')).length, 1);
    await deliverAlerts(store.db, cfg, { mailer, retry: FAST_RETRY });
    assert.equal(smtp.received.length, 2);
    assert.equal(hook.got.length, 2);
    const rows = await store.db.all<{ email_state: string; webhook_state: string }>('SELECT email_state, webhook_state FROM brief_alerts');
    assert.deepEqual(rows.map((r) => [r.email_state, r.webhook_state]), [['sent', 'sent'], ['sent', 'sent']]);
  } finally {
    mailer.close();
    await store.db.close();
    await smtp.close();
    await hook.close();
  }
});

test('a webhook that keeps failing stays pending and is sent by a later run', async () => {
  const hook = await receiver(3);
  const store = await fixtureStore([]);
  const cfg = testConfig(store.dir, null);
  try {
    await addWatchlist(store.db, { name: 'Summit', spec: { actors: ['Vladimir Putin'] }, webhookUrl: hook.url });
    const a = await saveAnalysis(store.db, analysis(ARTICLES[0]));
    await recordAlerts(store.db, a.id);
    const r1 = await deliverAlerts(store.db, cfg, { retry: { attempts: 2, baseDelayMs: 10, maxDelayMs: 20 } });
    assert.deepEqual(r1.webhook, { sent: 0, failed: 0, pending: 1 });
    const r2 = await deliverAlerts(store.db, cfg, { retry: { attempts: 2, baseDelayMs: 10, maxDelayMs: 20 } });
    assert.deepEqual(r2.webhook, { sent: 1, failed: 0, pending: 0 });
    assert.equal(hook.got.length, 1);
  } finally {
    await store.db.close();
    await hook.close();
  }
});

test('the scanner raises alerts for articles stored after a watchlist, once', async () => {
  const store = await fixtureStore(ARTICLES.slice(0, 1));
  try {
    const { scanNewArticles } = await import('../../src/brief/alerts.ts');
    await new Promise((r) => setTimeout(r, 5));
    await addWatchlist(store.db, { name: 'Summit', spec: { actors: ['Vladimir Putin'] } });
    assert.equal((await scanNewArticles(store.db)).length, 0, 'the article stored before the watchlist raises nothing');
    await new Promise((r) => setTimeout(r, 5));
    await saveAnalysis(store.db, analysis(ARTICLES[1]));
    const found = await scanNewArticles(store.db);
    assert.deepEqual(found.map((f) => f.watchlist), ['Summit']);
    assert.match(found[0].sentence, /^Kim Jong-un and Vladimir Putin met/);
    assert.equal((await scanNewArticles(store.db)).length, 0);
  } finally {
    await store.db.close();
  }
});
