import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openSqlite } from '../../src/store/sqlite.ts';
import { migrate } from '../../src/store/migrate.ts';
import { migrations } from '../../src/store/migrations/index.ts';
import { getStory, topStories } from '../../src/corpus/index.ts';
import { harbor, harborCopy, harborLater, harborNextYear, harborOther, ingest, museum, tempStore } from './fixtures.ts';

test('articles about one happening form one story; ids stay stable across increments', async () => {
  const s = await tempStore();
  try {
    const a = await ingest(s.db, harbor);
    const o = await ingest(s.db, harborOther);
    const m = await ingest(s.db, museum);
    assert.ok(a.storyId);
    assert.equal(o.storyId, a.storyId);
    assert.notEqual(m.storyId, a.storyId);
    await s.db.close();

    // A later run of the ingest, on the same file.
    const db = openSqlite(s.path);
    s.db = db;
    await migrate(db, migrations);
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
    assert.equal(top[0].firstSeen, '2024-03-04');
    assert.equal(top[0].lastSeen, '2024-03-07');
    assert.ok(top[0].label && /Valmora/.test(top[0].label));
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
