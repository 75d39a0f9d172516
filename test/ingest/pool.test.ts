// The analysis pool: workers hold up to 32 analyses each and the calling thread analyses what waits
// beyond that when it is free. Wherever an article is analysed, the result is the same, and a bad
// input fails alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnalyzer } from '../../src/ingest/pool.ts';
import { analyzeInput, type AnalyzeInput } from '../../src/ingest/work.ts';

const input = (i: number, text?: string): AnalyzeInput => ({
  kind: 'text',
  text: text ?? `Officials in Lisbon said on Monday that the harbour board would widen the north channel, report ${i}. `
    + `"We expect the work to take eighteen months," the board's chairman, Rui Costa, told reporters.`,
  url: null,
  uri: `test:${i}`,
  meta: { title: `Harbour report ${i}` },
  published: '2016-05-03',
});

test('a full worker leaves the rest to the calling thread, with the same analyses', async () => {
  const pool = createAnalyzer(1);
  try {
    const inputs = Array.from({ length: 60 }, (_, i) => input(i));
    const bad = input(99, '   ');
    const results = await Promise.allSettled([...inputs, bad].map((x) => pool.analyze(x)));
    assert.equal(pool.done!.workers + pool.done!.main, 61);
    assert.ok(pool.done!.main > 0, 'the calling thread took some of the work');
    assert.ok(pool.done!.workers >= 32, 'the worker took its share');
    for (const [i, x] of inputs.entries()) {
      const r = results[i];
      assert.equal(r.status, 'fulfilled');
      const got = (r as PromiseFulfilledResult<Awaited<ReturnType<typeof analyzeInput>>>).value;
      assert.deepEqual(JSON.parse(JSON.stringify(got)), JSON.parse(JSON.stringify(await analyzeInput(x))));
    }
    const last = results[60];
    assert.equal(last.status, 'rejected');
    assert.match(String((last as PromiseRejectedResult).reason), /no article text/);
  } finally {
    await pool.close();
  }
});
