// The weekly clock: the run that fell due while nothing was running is caught up on start, once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { localDay, scheduledPeriod, startBriefSchedule } from '../../src/brief/schedule.ts';
import { createMailer } from '../../src/brief/mailer.ts';
import { upsertSubscriber } from '../../src/brief/subscribers.ts';
import { getIssue } from '../../src/brief/issues.ts';
import { fixtureStore } from './fixtures.ts';
import { startSmtp } from './smtp.ts';
import { testConfig } from './env.ts';

test('the issue of a scheduled run covers the seven days before it, in the configured zone', () => {
  assert.equal(localDay(new Date('2023-09-20T02:00:00Z'), 'America/New_York'), '2023-09-19');
  assert.deepEqual(scheduledPeriod(new Date('2023-09-20T07:00:00Z'), 'UTC'), { id: '2023-09-13..2023-09-19', since: '2023-09-13', until: '2023-09-19' });
});

test('after downtime the missed Wednesday briefing is sent once, then the clock waits for the next', async () => {
  const smtp = await startSmtp();
  const store = await fixtureStore();
  // Wednesday 07:00 in Seoul is Tuesday 22:00 UTC; "now" is the Thursday after, the service was down.
  const cfg = testConfig(store.dir, smtp.url, { timeZone: 'Asia/Seoul', schedule: '0 7 * * 3' });
  const mailer = createMailer(cfg.smtpUrl);
  const now = () => new Date('2023-09-21T03:00:00Z');
  await upsertSubscriber(store.db, 'desk@example.org', {}, { confirmed: true });
  const logs: string[] = [];
  const s = startBriefSchedule(store.db, { config: cfg, mailer, now, log: (m) => logs.push(m) });
  try {
    const r = await s.catchUp(); // the start-up catch-up is already running; this waits behind it
    assert.equal(r, null, 'the second catch-up finds the run finished');
    await smtp.waitFor(1);
    assert.equal(smtp.received.length, 1);
    assert.equal(smtp.received[0].mail.subject, 'Threat Status — 13–19 September 2023');
    const issue = await getIssue(store.db, '2023-09-13..2023-09-19');
    assert.ok(issue?.sendFinishedAt);
    assert.ok(issue.data.stories.length >= 2, 'the week of the clash and the summit');
    const run = await store.db.get<{ scheduled_for: string; finished_at: string | null }>('SELECT scheduled_for, finished_at FROM brief_schedule_runs');
    assert.equal(run?.scheduled_for, '2023-09-19T22:00:00.000Z');
    assert.ok(run?.finished_at);
    assert.match(logs.join('\n'), /2023-09-13\.\.2023-09-19: 1 sent, 0 failed, 0 pending/);
    assert.ok(s.next()! > new Date(), 'the next run is ahead');
  } finally {
    await s.stop();
    mailer.close();
    await store.db.close();
    await smtp.close();
  }
});

test('a bad schedule is refused in one line', async () => {
  const store = await fixtureStore([]);
  try {
    assert.throws(() => startBriefSchedule(store.db, { config: testConfig(store.dir, null, { schedule: 'every wednesday' }), mailer: null }), /brief schedule "every wednesday"/);
    const off = startBriefSchedule(store.db, { config: testConfig(store.dir, null, { schedule: 'off' }) });
    assert.equal(off.next(), null);
  } finally {
    await store.db.close();
  }
});
