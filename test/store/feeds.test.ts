// Store conformance: feeds and their adaptive schedule.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { backends, type Opened } from './backends.ts';
import { addFeed, listFeeds, removeFeed, dueFeeds, recordPoll, nextInterval, MIN_INTERVAL_S, MAX_INTERVAL_S } from '../../src/store/feeds.ts';

test('intervals halve after new items, stretch when quiet, and stay within bounds', () => {
  assert.equal(nextInterval(1800, 3), 900);
  assert.equal(nextInterval(1800, 0), 2700);
  assert.equal(nextInterval(MIN_INTERVAL_S, 10), MIN_INTERVAL_S);
  assert.equal(nextInterval(MAX_INTERVAL_S, 0), MAX_INTERVAL_S);
});

for (const backend of backends) {
  describe(`store conformance (${backend.name}): feeds`, { skip: backend.skip }, () => {
    let s: Opened;
    before(async () => { s = await backend.open(); });
    after(async () => { await s?.cleanup(); });

    test('adding the same feed twice keeps one; bad URLs are refused', async () => {
      const t0 = new Date('2026-01-01T00:00:00Z');
      const a = await addFeed(s.db, 'https://feeds.example/world.xml#top', { now: t0 });
      const b = await addFeed(s.db, 'https://feeds.example/world.xml', { now: t0 });
      assert.equal(a.added, true);
      assert.equal(b.added, false);
      assert.equal(a.feed.id, b.feed.id);
      await assert.rejects(addFeed(s.db, 'file:///etc/passwd'), /http or https/);
      assert.equal((await listFeeds(s.db)).length, 1);
    });

    test('a poll moves the next poll by the adapted interval; failures back off', async () => {
      const [feed] = await listFeeds(s.db);
      const t0 = new Date('2026-01-01T00:00:00Z');
      assert.equal((await dueFeeds(s.db, t0)).length, 1);
      let f = await recordPoll(s.db, feed, { newItems: 4, etag: '"v1"', lastModified: 'Thu, 01 Jan 2026 00:00:00 GMT', title: 'World' }, t0);
      assert.equal(f.intervalS, 900);
      assert.equal(f.nextPoll, '2026-01-01T00:15:00.000Z');
      assert.equal(f.etag, '"v1"');
      assert.equal(f.itemsTotal, 4);
      assert.equal(f.title, 'World');
      assert.equal((await dueFeeds(s.db, t0)).length, 0);
      f = await recordPoll(s.db, f, { newItems: 0 }, new Date('2026-01-01T00:15:00Z'));
      assert.equal(f.intervalS, 1350);
      assert.equal(f.etag, '"v1"');
      f = await recordPoll(s.db, f, { newItems: 0, error: 'HTTP 503' }, new Date('2026-01-01T01:00:00Z'));
      assert.equal(f.failures, 1);
      assert.equal(f.lastError, 'HTTP 503');
      assert.equal(f.nextPoll, '2026-01-01T01:45:00.000Z');
      f = await recordPoll(s.db, f, { newItems: 1 }, new Date('2026-01-01T02:00:00Z'));
      assert.equal(f.failures, 0);
      assert.equal(f.lastError, null);
    });

    test('removing a feed forgets it', async () => {
      const [feed] = await listFeeds(s.db);
      assert.equal(await removeFeed(s.db, String(feed.id)), true);
      assert.equal(await removeFeed(s.db, 'https://feeds.example/world.xml'), false);
      assert.equal((await listFeeds(s.db)).length, 0);
    });
  });
}
