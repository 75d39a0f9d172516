// The briefing's SQL on PostgreSQL: compose, deliver (the claim-before-send log) and alerts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { composeFromStore } from '../../src/brief/issues.ts';
import { sendIssue } from '../../src/brief/deliver.ts';
import { createMailer } from '../../src/brief/mailer.ts';
import { upsertSubscriber, listSubscribers } from '../../src/brief/subscribers.ts';
import { addWatchlist } from '../../src/brief/watchlists.ts';
import { recordAlerts, scanNewArticles } from '../../src/brief/alerts.ts';
import { weekPeriod } from '../../src/brief/week.ts';
import { freshPgSchema, noPg } from '../store/backends.ts';
import { fixtureStore } from './fixtures.ts';
import { startSmtp } from './smtp.ts';
import { FAST_RETRY, testConfig } from './env.ts';

test('briefing, delivery log and alerts on PostgreSQL', { skip: noPg, timeout: 60_000 }, async () => {
  const schema = await freshPgSchema();
  const smtp = await startSmtp();
  const store = await fixtureStore(undefined, schema.url);
  const cfg = testConfig(store.dir, smtp.url);
  const mailer = createMailer(cfg.smtpUrl);
  try {
    const b = await composeFromStore(store.db, weekPeriod('2023-W37'), 'Threat Status');
    assert.match(b.stories[0].headline!.text, /Shelling/);
    assert.ok(b.relations.some((r) => r.a === 'KOR' && r.b === 'PRK'));
    await upsertSubscriber(store.db, 'a@example.org', {}, { confirmed: true });
    await upsertSubscriber(store.db, 'b@example.org', { countries: ['RUS'] }, { confirmed: true });
    const r = await sendIssue(store.db, cfg, mailer, weekPeriod('2023-W37'), { retry: FAST_RETRY });
    assert.deepEqual([r.sent, r.pending, r.enrolled], [2, 0, 2]);
    const again = await sendIssue(store.db, cfg, mailer, weekPeriod('2023-W37'), { retry: FAST_RETRY });
    assert.deepEqual([again.sent, again.alreadySent], [0, 2]);
    assert.equal(smtp.received.length, 2);
    assert.equal((await listSubscribers(store.db, 'confirmed')).length, 2);

    await addWatchlist(store.db, { name: 'Clash', spec: { eventTypes: ['ASSAULT'] } });
    assert.equal((await scanNewArticles(store.db)).length, 0, 'older articles raise nothing');
    const id = (await store.db.get<{ id: string }>("SELECT id FROM articles WHERE title LIKE 'Shelling%'"))!.id;
    await store.db.run('UPDATE articles SET ingested_at = ? WHERE id = ?', [new Date(Date.now() + 60_000).toISOString(), id]);
    assert.equal((await recordAlerts(store.db, id, 's1')).length, 1);
    assert.equal((await recordAlerts(store.db, id, 's1')).length, 0, 'once per story and watchlist');
  } finally {
    mailer.close();
    await store.db.close();
    await smtp.close();
    await schema.drop();
  }
});
