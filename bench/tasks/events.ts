// Event stage throughput on the PolNeAR articles: triggers, frames, actors, dates and places, timed
// alone over documents whose tokens, entities and quotes were built before the clock starts.
// Wall-clock and CPU-time rates are both printed (the machine is shared).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED, requireShared } from '../../eval/shared.ts';
import { articleFromText } from '../../src/extract/given.ts';
import { createDoc } from '../../src/nlp/pipeline.ts';
import { buildEntities } from '../../src/nlp/entities/index.ts';
import { findQuotes } from '../../src/nlp/quotes/index.ts';
import { extractEvents } from '../../src/nlp/events/index.ts';
import type { Doc } from '../../src/nlp/doc.ts';
import { timeRounds } from '../timing.ts';

requireShared('events');
const lines = readFileSync(join(SHARED, 'corpus', 'polnear-2016', 'articles.jsonl'), 'utf8').split('\n').filter((l) => l.trim());
const limit = Number(process.env.SITREP_BENCH_ARTICLES ?? 300);
const minSeconds = Number(process.env.SITREP_BENCH_SECONDS ?? 5);
const articles = lines.slice(0, limit).map((l) => {
  const o = JSON.parse(l) as { text: string; published: string | null };
  return articleFromText(o.text, { published: o.published });
});
const mb = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0) / 1048576;
const docs: Doc[] = articles.map((a) => {
  const d = createDoc(a);
  d.entities = buildEntities(d);
  d.quotes = findQuotes(d);
  return d;
});
const words = docs.reduce((n, d) => n + d.tokens.filter((t) => /[\p{L}\p{N}]/u.test(t.text)).length, 0);
for (const d of docs.slice(0, 10)) extractEvents(d); // loads the lexicon and the gazetteer
console.log(`${docs.length} articles, ${words} words, ${mb.toFixed(2)} MB of text`);

let events = 0;
let calls = 0;
const { n, rounds, elapsed, cpu, rssMb: rss } = timeRounds(() => {
  for (const d of docs) events += extractEvents(d).length;
  calls += docs.length;
  return docs.length;
}, minSeconds);
console.log(`events stage  ${(n / elapsed).toFixed(1)} articles/s wall  ${(n / cpu).toFixed(1)} articles/s cpu  ${((mb * rounds) / elapsed).toFixed(2)} MB/s  ${((words * rounds) / elapsed / 1000).toFixed(0)}k words/s  peak RSS ${rss.toFixed(0)} MB`);
console.log(`(${(events / calls).toFixed(1)} events per article)`);
