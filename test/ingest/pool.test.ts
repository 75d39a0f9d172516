// The analysis pool: each analysis thread reports the most V8 heap it has used (the ingest bench
// prints it beside peak RSS, so a rise in memory can be put on the thread it came from).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnalyzer } from '../../src/ingest/pool.ts';

const input = {
  kind: 'text' as const,
  text: 'WASHINGTON — The senator said on Tuesday that the bill would pass. "We have the votes," she told reporters.',
  url: null,
  uri: 'pool-test',
  meta: {},
  published: '2016-05-03',
};

test('each analysis thread reports the most heap it has used; analysis without threads reports none', { timeout: 120_000 }, async () => {
  const pool = createAnalyzer(2);
  try {
    const analyses = await Promise.all([pool.analyze(input), pool.analyze(input), pool.analyze(input)]);
    assert.equal(analyses.length, 3);
    assert.ok(pool.heapPeaks, 'a pool of threads reports their heaps');
    const peaks = await pool.heapPeaks!();
    assert.equal(peaks.length, 2);
    // A thread that loaded the analysers holds tens of MB (models, gazetteers); one that only
    // started holds a few.
    for (const bytes of peaks) assert.ok(bytes > 1_000_000 && bytes < 4_000_000_000, `heap peak ${bytes}`);
    // The peak never falls: asked again, each is at least what it was.
    const again = await pool.heapPeaks!();
    again.forEach((b, i) => assert.ok(b >= peaks[i]));
  } finally {
    await pool.close();
  }
  const inline = createAnalyzer(0);
  assert.equal(inline.heapPeaks, undefined);
  await inline.close();
});
