import { test } from 'node:test';
import assert from 'node:assert/strict';
import { connectArticle, articleConnections } from '../../src/corpus/index.ts';
import { analysisOf, harbor, harborCopy, harborOther, ingest, museum, stores } from './fixtures.ts';

for (const b of stores) test(`an edited, trimmed copy with promos is linked to its original [${b.name}]`, { skip: b.skip }, async () => {
  const s = await b.open();
  try {
    const a = await ingest(s.db, harbor);
    const m = await ingest(s.db, museum);
    const c = await ingest(s.db, harborCopy);
    assert.equal(a.duplicateOf, null);
    assert.equal(m.duplicateOf, null);
    assert.equal(c.duplicateOf, a.id);
    assert.equal(c.storyId, a.storyId, 'a copy joins its original\'s story');
    const conn = await articleConnections(s.db, a.id);
    assert.deepEqual(conn?.copies, [c.id]);
    const story = await s.db.get<{ size: number; copies: number }>('SELECT size, copies FROM corpus_stories WHERE id = ?', [a.storyId]);
    assert.deepEqual({ size: Number(story?.size), copies: Number(story?.copies) }, { size: 1, copies: 1 }, 'a copy is not new coverage');
  } finally {
    await s.done();
  }
});

for (const b of stores) test(`different articles about the same happening are not linked as copies [${b.name}]`, { skip: b.skip }, async () => {
  const s = await b.open();
  try {
    await ingest(s.db, harbor);
    const o = await ingest(s.db, harborOther);
    assert.equal(o.duplicateOf, null);
    const m = await ingest(s.db, museum);
    assert.equal(m.duplicateOf, null);
    const links = await s.db.all('SELECT article_id FROM corpus_docs WHERE duplicate_of IS NOT NULL');
    assert.equal(links.length, 0);
  } finally {
    await s.done();
  }
});

for (const b of stores) test(`a copy that arrives first is re-linked to the original published before it [${b.name}]`, { skip: b.skip }, async () => {
  const s = await b.open();
  try {
    const c = await ingest(s.db, harborCopy); // published 03-05
    const a = await ingest(s.db, harbor); // published 03-04: the original
    assert.equal(a.duplicateOf, null);
    const row = await s.db.get<{ duplicate_of: string | null }>('SELECT duplicate_of FROM corpus_docs WHERE article_id = ?', [c.id]);
    assert.equal(row?.duplicate_of, a.id);
    assert.equal(a.storyId, c.storyId);
  } finally {
    await s.done();
  }
});

for (const b of stores) test(`connecting the same article again changes nothing [${b.name}]`, { skip: b.skip }, async () => {
  const s = await b.open();
  try {
    const a = await ingest(s.db, harbor);
    const c = await ingest(s.db, harborCopy);
    const again = await connectArticle(s.db, c.id, analysisOf(harborCopy));
    assert.deepEqual(again, { duplicateOf: a.id, storyId: a.storyId });
    const n = await s.db.get<{ n: number }>('SELECT count(*) AS n FROM corpus_docs');
    assert.equal(Number(n?.n), 2);
    const lsh = await s.db.get<{ n: number }>('SELECT count(DISTINCT doc) AS n FROM corpus_lsh');
    assert.equal(Number(lsh?.n), 2);
  } finally {
    await s.done();
  }
});
