// Mail end to end over a real SMTP server on loopback: the briefing's recipients, headers, both
// parts and links; double opt-in through the web routes; one-click unsubscribe (RFC 8058).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import Fastify from 'fastify';
import formbody from '@fastify/formbody';
import { briefHttp } from '../../src/brief/http.ts';
import { sendIssue } from '../../src/brief/deliver.ts';
import { createMailer } from '../../src/brief/mailer.ts';
import { signToken } from '../../src/brief/sign.ts';
import { findSubscriber, listSubscribers, upsertSubscriber } from '../../src/brief/subscribers.ts';
import { weekPeriod } from '../../src/brief/week.ts';
import { getIssue } from '../../src/brief/issues.ts';
import { fixtureStore } from './fixtures.ts';
import { startSmtp } from './smtp.ts';
import { FAST_RETRY, testConfig } from './env.ts';

/** A header as it was sent (mailparser folds List-* headers into objects). */
function header(mail: { headerLines: ReadonlyArray<{ key: string; line: string }> }, name: string): string {
  const l = mail.headerLines.find((h) => h.key === name.toLowerCase());
  return l ? l.line.slice(l.line.indexOf(':') + 1).replace(/\r?\n\s+/g, ' ').trim() : '';
}

function links(html: string): string[] {
  return [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, '&'));
}

test('the weekly mail: one per confirmed subscriber, both parts, unsubscribe headers, every link live', async () => {
  const smtp = await startSmtp();
  const store = await fixtureStore();
  const cfg = testConfig(store.dir, smtp.url);
  const mailer = createMailer(cfg.smtpUrl);
  try {
    await upsertSubscriber(store.db, 'ana@example.org', {}, { confirmed: true });
    await upsertSubscriber(store.db, 'Ben@Example.org', { countries: ['RUS'] }, { confirmed: true });
    await upsertSubscriber(store.db, 'pending@example.org', {});
    const r = await sendIssue(store.db, cfg, mailer, weekPeriod('2023-W37'), { retry: FAST_RETRY });
    assert.deepEqual({ sent: r.sent, pending: r.pending, failed: r.failed, enrolled: r.enrolled }, { sent: 2, pending: 0, failed: 0, enrolled: 2 });
    assert.deepEqual(smtp.received.map((m) => m.to[0]).sort(), ['ana@example.org', 'ben@example.org']);

    const ana = smtp.received.find((m) => m.to[0] === 'ana@example.org')!.mail;
    assert.equal(ana.subject, 'Threat Status — Week 37, 11–17 September 2023');
    assert.match(header(ana, 'List-Unsubscribe-Post'), /^List-Unsubscribe=One-Click$/);
    const lu = header(ana, 'List-Unsubscribe');
    assert.match(lu, /^<http:\/\/127\.0\.0\.1:8080\/unsubscribe\?t=[\w-]+\.[\w-]{43}>$/);
    assert.ok(ana.text && ana.html, 'text and HTML parts');
    assert.match(ana.text, /^THREAT STATUS — Week 37/);
    assert.match(ana.text, /Unsubscribe: http:\/\/127\.0\.0\.1:8080\/unsubscribe\?t=/);
    assert.match(String(ana.messageId), /^<2023-W37\.[0-9a-f]{24}@sitrep\.test>$/);
    const hrefs = links(ana.html as string);
    assert.ok(hrefs.includes(lu.slice(1, -1)), 'the HTML part links the same unsubscribe URL');
    assert.ok(hrefs.includes('http://127.0.0.1:8080/briefings/2023-W37'));
    const sentenceLinks = hrefs.filter((h) => /\/articles\/[0-9a-f]{64}\?hl=\d+-\d+#hl$/.test(h));
    assert.ok(sentenceLinks.length >= 10, 'sentences link to their article and offsets');
    // Each sentence link points at an article the store holds.
    for (const h of sentenceLinks) {
      const id = /articles\/([0-9a-f]{64})/.exec(h)![1];
      assert.ok(await store.db.get('SELECT id FROM articles WHERE id = ?', [id]), h);
    }
    // Ben filtered on Russia: the border clash between the Koreas is not in his edition.
    const ben = smtp.received.find((m) => m.to[0] === 'ben@example.org')!.mail;
    assert.match(ben.text as string, /Filtered for countries RUS/);
    assert.ok(!/Shelling along the river/.test(ben.text as string));
    assert.match(ana.text as string, /Shelling along the river/);

    // Sending again is a no-op: the delivery log says everyone has it.
    const again = await sendIssue(store.db, cfg, mailer, weekPeriod('2023-W37'), { retry: FAST_RETRY });
    assert.equal(again.sent, 0);
    assert.equal(again.alreadySent, 2);
    assert.equal(smtp.received.length, 2);
    assert.ok((await getIssue(store.db, '2023-W37'))?.sendFinishedAt, 'the issue is archived as sent');
  } finally {
    mailer.close();
    await store.db.close();
    await smtp.close();
  }
});

test('double opt-in and one-click unsubscribe through the web routes', async () => {
  const smtp = await startSmtp();
  const store = await fixtureStore([]);
  const cfg = testConfig(store.dir, smtp.url);
  const mailer = createMailer(cfg.smtpUrl);
  const app = Fastify();
  await app.register(formbody);
  await app.register(briefHttp, { db: store.db, config: cfg, mailer });
  try {
    const res = await app.inject({ method: 'POST', url: '/subscribe', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'email=Carla%40example.org&countries=prk,%20rus&eventTypes=ASSAULT&eventTypes=THREATEN' });
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /Check your inbox/);
    let s = await findSubscriber(store.db, 'carla@example.org');
    assert.equal(s?.status, 'pending');
    assert.deepEqual(s?.filters, { countries: ['PRK', 'RUS'], eventTypes: ['ASSAULT', 'THREATEN'] });

    // Pending subscribers get no briefing.
    const none = await sendIssue(store.db, cfg, mailer, weekPeriod('2023-W37'), { retry: FAST_RETRY });
    assert.equal(none.enrolled, 0);

    await smtp.waitFor(1);
    const confirmMail = smtp.received[0].mail;
    assert.equal(confirmMail.subject, 'Confirm your subscription to Threat Status');
    const link = /http:\/\/127\.0\.0\.1:8080(\/confirm\?t=[\w.-]+)/.exec(confirmMail.text as string)![1];
    assert.ok(links(confirmMail.html as string).some((h) => h.endsWith(link)), 'both parts carry the link');

    // A tampered or expired link confirms nothing.
    const bad = await app.inject({ url: link.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')) });
    assert.equal(bad.statusCode, 400);
    const expired = signToken(cfg.secret, 'confirm', s!.id, s!.email, 60, Date.now() - 3600_000);
    assert.equal((await app.inject({ url: `/confirm?t=${expired}` })).statusCode, 410);
    // An unsubscribe token cannot confirm (purpose is signed).
    assert.equal((await app.inject({ url: `/confirm?t=${signToken(cfg.secret, 'unsubscribe', s!.id, s!.email)}` })).statusCode, 400);
    assert.equal((await findSubscriber(store.db, 'carla@example.org'))?.status, 'pending');

    const ok = await app.inject({ url: link });
    assert.equal(ok.statusCode, 200);
    assert.match(ok.body, /You are subscribed/);
    assert.equal((await findSubscriber(store.db, 'carla@example.org'))?.status, 'confirmed');

    // The weekly mail arrives; its List-Unsubscribe URL works with the RFC 8058 POST.
    await sendIssue(store.db, cfg, mailer, weekPeriod('2023-W37'), { retry: FAST_RETRY });
    await smtp.waitFor(2);
    const weekly = smtp.received[1].mail;
    const lu = header(weekly, 'List-Unsubscribe').slice(1, -1).replace('http://127.0.0.1:8080', '');
    const page = await app.inject({ url: lu });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /<form method="post"/);
    assert.equal((await findSubscriber(store.db, 'carla@example.org'))?.status, 'confirmed', 'GET (link scanners) does not unsubscribe');
    const post = await app.inject({ method: 'POST', url: lu, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'List-Unsubscribe=One-Click' });
    assert.equal(post.statusCode, 200);
    assert.match(post.body, /You are unsubscribed/);
    s = await findSubscriber(store.db, 'carla@example.org');
    assert.equal(s?.status, 'unsubscribed');
    // Repeating the POST is harmless, and the next issue skips the address.
    assert.equal((await app.inject({ method: 'POST', url: lu, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'List-Unsubscribe=One-Click' })).statusCode, 200);
    const next = await sendIssue(store.db, cfg, mailer, weekPeriod('2023-W38'), { retry: FAST_RETRY });
    assert.equal(next.enrolled, 0);
    // Enrolled in an issue, then unsubscribed before its turn: skipped, and the issue completes.
    await store.db.run(`INSERT INTO brief_deliveries (issue_id, subscriber_id, email, state, message_id) VALUES ('2023-W38', ?, ?, 'pending', '<x@y>')`, [s!.id, s!.email]);
    const late = await sendIssue(store.db, cfg, mailer, weekPeriod('2023-W38'), { retry: FAST_RETRY });
    assert.deepEqual([late.sent, late.pending], [0, 0]);
    assert.equal((await store.db.get<{ state: string }>(`SELECT state FROM brief_deliveries WHERE issue_id = '2023-W38'`))?.state, 'skipped');
    assert.equal(smtp.received.length, 2);

    // Bad input is answered in one line, never with a stack.
    const junk = await app.inject({ method: 'POST', url: '/subscribe', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'email=not-an-address' });
    assert.equal(junk.statusCode, 400);
    assert.match(junk.body, /is not an email address/);
    assert.equal((await listSubscribers(store.db)).length, 1);
  } finally {
    await app.close();
    mailer.close();
    await store.db.close();
    await smtp.close();
  }
});

test('a 5xx answer fails one address for good, a 4xx is retried with backoff', async () => {
  let tempFailures = 0;
  const smtp = await startSmtp({
    onRcptTo(addr, _s, cb) {
      if (addr.address === 'gone@example.org') return cb(Object.assign(new Error('no such user'), { responseCode: 550 }));
      if (addr.address === 'busy@example.org' && tempFailures++ < 2) return cb(Object.assign(new Error('try later'), { responseCode: 451 }));
      cb();
    },
  });
  const store = await fixtureStore([]);
  const cfg = testConfig(store.dir, smtp.url);
  const mailer = createMailer(cfg.smtpUrl);
  try {
    for (const e of ['gone@example.org', 'busy@example.org', 'fine@example.org']) await upsertSubscriber(store.db, e, {}, { confirmed: true });
    const r = await sendIssue(store.db, cfg, mailer, weekPeriod('2023-W37'), { retry: FAST_RETRY });
    assert.deepEqual({ sent: r.sent, failed: r.failed, pending: r.pending }, { sent: 2, failed: 1, pending: 0 });
    assert.equal(tempFailures, 3, 'two 451s, then accepted');
    assert.deepEqual(smtp.received.map((m) => m.to[0]).sort(), ['busy@example.org', 'fine@example.org']);
    const row = await store.db.get<{ state: string; error: string }>(`SELECT d.state, d.error FROM brief_deliveries d JOIN brief_subscribers s ON s.id = d.subscriber_id WHERE s.email = 'gone@example.org'`);
    assert.equal(row?.state, 'failed');
    assert.match(row!.error, /550/);
  } finally {
    mailer.close();
    await store.db.close();
    await smtp.close();
  }
});

test('two senders on one store at once (serve and watch) still mail everyone once', async () => {
  const smtp = await startSmtp();
  const store = await fixtureStore([]);
  const { openDb } = await import('../../src/store/open.ts');
  const other = await openDb({ db: store.path });
  const cfg = testConfig(store.dir, smtp.url, { perSecond: 40 });
  const m1 = createMailer(cfg.smtpUrl);
  const m2 = createMailer(cfg.smtpUrl);
  try {
    const emails = Array.from({ length: 12 }, (_, i) => `r${i}@example.org`);
    for (const e of emails) await upsertSubscriber(store.db, e, {}, { confirmed: true });
    const [a, b] = await Promise.all([
      sendIssue(store.db, cfg, m1, weekPeriod('2023-W37'), { retry: FAST_RETRY }),
      sendIssue(other, cfg, m2, weekPeriod('2023-W37'), { retry: FAST_RETRY }),
    ]);
    assert.equal(a.sent + b.sent, 12);
    assert.ok(a.sent > 0 && b.sent > 0, `both took part (${a.sent} + ${b.sent})`);
    assert.deepEqual(smtp.received.map((r) => r.to[0]).sort(), [...emails].sort());
  } finally {
    m1.close();
    m2.close();
    await other.close();
    await store.db.close();
    await smtp.close();
  }
});
