// Entity stage throughput (mentions + name coreference + KB resolution) on the PolNeAR articles,
// beside wink-nlp's own sentence split + part of speech on the same texts in the same run.
// Words = wink tokens that hold a letter or digit. The KB and gazetteers load once before timing.
// Both wall-clock and CPU-time rates are printed: on a shared machine the wall clock measures the
// neighbours as much as the code, and CPU time is the fairer comparison between the two stages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED, requireShared } from '../../eval/shared.ts';
import { articleFromText } from '../../src/extract/given.ts';
import { createDoc } from '../../src/nlp/pipeline.ts';
import { buildEntities } from '../../src/nlp/entities/index.ts';
import type { Doc } from '../../src/nlp/doc.ts';
import { timeRounds } from '../timing.ts';

requireShared('entities');
const lines = readFileSync(join(SHARED, 'corpus', 'polnear-2016', 'articles.jsonl'), 'utf8').split('\n').filter((l) => l.trim());
const limit = Number(process.env.SITREP_BENCH_ARTICLES ?? 300);
const articles = lines.slice(0, limit).map((l) => {
  const o = JSON.parse(l) as { id: string; text: string; published: string | null };
  return articleFromText(o.text, { published: o.published });
});
const minSeconds = Number(process.env.SITREP_BENCH_SECONDS ?? 5);
const mb = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0) / 1048576;

function timed(name: string, words: number, one: (i: number) => unknown, count: number): void {
  const { n, rounds, elapsed, cpu, rssMb: rss } = timeRounds(() => {
    for (let i = 0; i < count; i++) one(i);
    return count;
  }, minSeconds);
  console.log(`${name.padEnd(22)} ${((words * rounds) / elapsed / 1000).toFixed(0).padStart(6)}k words/s wall ${((words * rounds) / cpu / 1000).toFixed(0).padStart(6)}k words/s cpu  ${(n / elapsed).toFixed(1).padStart(7)} articles/s  ${((mb * rounds) / elapsed).toFixed(2).padStart(6)} MB/s  peak RSS ${rss.toFixed(0)} MB`);
}

// Warm-up: loads wink's model, the KB, the country data and the city index.
const docs: Doc[] = articles.map((a) => createDoc(a));
for (const d of docs.slice(0, 20)) buildEntities(d);
const words = docs.reduce((n, d) => n + d.tokens.filter((t) => /[\p{L}\p{N}]/u.test(t.text)).length, 0);
console.log(`${articles.length} articles, ${words} words, ${mb.toFixed(2)} MB of text`);
timed('wink sentences+POS', words, (i) => createDoc(articles[i]), articles.length);
let entities = 0;
let calls = 0;
// First pass over unseen articles: the per-process lookup caches (places, actor resolutions) start empty.
{
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  for (const d of docs.slice(20)) buildEntities(d);
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  const cu = process.cpuUsage(c0);
  const w = docs.slice(20).reduce((n, d) => n + d.tokens.filter((t) => /[\p{L}\p{N}]/u.test(t.text)).length, 0);
  console.log(`${'entities, first pass'.padEnd(22)} ${(w / wall / 1000).toFixed(0).padStart(6)}k words/s wall ${(w / ((cu.user + cu.system) / 1e6) / 1000).toFixed(0).padStart(6)}k words/s cpu`);
}
timed('entities+coref+KB', words, (i) => { entities += buildEntities(docs[i]).length; calls++; }, docs.length);
console.log(`(${(entities / Math.max(1, calls)).toFixed(1)} entities per article)`);
