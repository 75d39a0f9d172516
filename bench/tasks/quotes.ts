// Quote stage throughput: quotation marks, attribution frames, reported speech and speaker
// resolution, on the PolNeAR articles. Tokens, sentences and entities are computed once before
// timing, so the numbers are the quote stage alone. Wall-clock and CPU-time rates are both
// printed: the machine is shared, and CPU time is the steadier of the two.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED, requireShared } from '../../eval/shared.ts';
import { articleFromText } from '../../src/extract/given.ts';
import { createDoc, defaultComponents } from '../../src/nlp/pipeline.ts';
import { findQuotes } from '../../src/nlp/quotes/index.ts';
import type { Doc } from '../../src/nlp/doc.ts';
import { timeRounds } from '../timing.ts';

requireShared('quotes');
const lines = readFileSync(join(SHARED, 'corpus', 'polnear-2016', 'articles.jsonl'), 'utf8').split('\n').filter((l) => l.trim());
const limit = Number(process.env.SITREP_BENCH_ARTICLES ?? 300);
const docs: Doc[] = lines.slice(0, limit).map((l) => {
  const o = JSON.parse(l) as { text: string; published: string | null };
  const doc = createDoc(articleFromText(o.text, { published: o.published }));
  // Everything before the quote stage (the entity layer), so that speakers resolve as in the pipeline.
  for (const c of defaultComponents) {
    if (c.name === 'quotes') break;
    c.run(doc);
  }
  return doc;
});
const minSeconds = Number(process.env.SITREP_BENCH_SECONDS ?? 5);
const mb = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0) / 1048576;

let quotes = 0;
let calls = 0;
const { n, rounds, elapsed, cpu, rssMb: rss } = timeRounds(() => {
  for (const d of docs) quotes += findQuotes(d).length;
  calls += docs.length;
  return docs.length;
}, minSeconds);
console.log(`quotes: ${(n / elapsed).toFixed(1)} articles/s wall, ${(n / cpu).toFixed(1)} articles/s cpu, ${((mb * rounds) / elapsed).toFixed(2)} MB/s, ${(quotes / calls).toFixed(1)} quotes/article, ${docs.length} articles x ${rounds} rounds, peak RSS ${rss.toFixed(0)} MB`);
