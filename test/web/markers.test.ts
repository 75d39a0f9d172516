// Search hits are marked with private-use characters (U+E000 ... U+E001) in titles and snippets;
// an article holding those characters itself must not mark words the search did not find.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb } from '../../src/store/open.ts';
import { saveAnalysis } from '../../src/store/articles.ts';
import { validateAnalysis } from '../../src/model/analysis.ts';
import { search, HIT_START, HIT_END } from '../../src/web/search.ts';
import { markedSnippet } from '../../src/web/pages/common.ts';
import { hostileAnalysis } from './fixtures.ts';

test('hit markers inside an article are not taken for hits', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-markers-'));
  const db = await openDb({ db: join(dir, 'sitrep.db') });
  try {
    const a = hostileAnalysis(1);
    await saveAnalysis(db, validateAnalysis({ ...a, meta: { ...a.meta, title: `Talks ${HIT_START}forged${HIT_END} headline` } }), {});
    const r = await search(db, { q: 'talks' });
    assert.equal(r.total, 1);
    const title = r.items[0].titleMarked!;
    assert.equal(title, `${HIT_START}Talks${HIT_END} forged headline`);
    assert.doesNotMatch(markedSnippet(title).value, /<mark>forged/);
  } finally {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
