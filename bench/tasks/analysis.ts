// The analysis worker's CPU per article, stage by stage, on the PolNeAR articles: what the ingest
// worker does (analyzeArticles in batches of 8, the corpus preparation, the structured clone of the
// reply), with each stage's CPU time taken apart. Process CPU time (user + system), not wall time:
// the machine is shared. A first pass (JIT, lazily built tables; reported on its own), then passes until
// SITREP_BENCH_SECONDS (default 10) have gone. SITREP_BENCH_BATCH sets the batch size (default 8).
// `clone` is a structuredClone, so both halves of a postMessage: the worker pays only the first.
// `SITREP_BENCH_ONLY=1` skips the per-stage split and just runs the pipeline, for
// `node --cpu-prof --import tsx bench/tasks/analysis.ts`. Stage splits move by ±0.2 ms between runs on
// a shared machine: compare code in the same hour, interleaved.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED, requireShared } from '../../eval/shared.ts';
import { articleFromText } from '../../src/extract/given.ts';
import type { Article } from '../../src/model/article.ts';
import { SCHEMA_VERSION, type Analysis } from '../../src/model/analysis.ts';
import { analyzeArticles, createDoc, defaultComponents } from '../../src/nlp/pipeline.ts';
import type { Doc } from '../../src/nlp/doc.ts';
import { prepareCorpus } from '../../src/corpus/prepare.ts';

requireShared('analysis');
const lines = readFileSync(join(SHARED, 'corpus', 'polnear-2016', 'articles.jsonl'), 'utf8').split('\n').filter((l) => l.trim());
const articles: Article[] = lines.map((l) => {
  const o = JSON.parse(l) as { text: string; published: string | null };
  return articleFromText(o.text, { published: o.published });
});
const minSeconds = Number(process.env.SITREP_BENCH_SECONDS ?? 10);
const BATCH = Number(process.env.SITREP_BENCH_BATCH ?? 8);

const cpuMs = (): number => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const stages = ['tokens', ...defaultComponents.map((c) => c.name), 'corpus', 'clone'];
const spent = new Map(stages.map((s) => [s, 0]));
const add = (stage: string, t0: number): number => { const t = cpuMs(); spent.set(stage, spent.get(stage)! + t - t0); return t; };

/** What analyzeArticles returns for a doc. */
function analysisOf(d: Doc): Analysis {
  const a = d.article;
  return { schemaVersion: SCHEMA_VERSION, id: a.id, source: a.source, meta: a.meta, text: a.text, paragraphs: a.paragraphs, entities: d.entities, quotes: d.quotes, events: d.events };
}

/** One pass as the worker does it, batch by batch and stage by stage, timing each stage. */
function splitPass(): void {
  for (let b = 0; b < articles.length; b += BATCH) {
    const batch = articles.slice(b, b + BATCH);
    let t = cpuMs();
    const docs: Doc[] = batch.map((a) => createDoc(a));
    t = add('tokens', t);
    for (const c of defaultComponents) {
      for (const d of docs) c.run(d);
      t = add(c.name, t);
    }
    const analyses = docs.map(analysisOf);
    const preps = analyses.map(prepareCorpus);
    t = add('corpus', t);
    analyses.forEach((analysis, i) => structuredClone({ analysis, corpus: preps[i] }));
    add('clone', t);
  }
}

/** One pass through the worker's own entry point. */
function plainPass(): void {
  for (let b = 0; b < articles.length; b += BATCH) {
    for (const a of analyzeArticles(articles.slice(b, b + BATCH).map((article) => ({ article })))) {
      if (a instanceof Error) throw a;
      structuredClone({ analysis: a, corpus: prepareCorpus(a) });
    }
  }
}

const pass = process.env.SITREP_BENCH_ONLY ? plainPass : splitPass;
// The first pass is what new text costs a fresh worker: every word unseen, V8 still compiling. A long
// ingest pays it once per thread; text it has not met keeps costing part of it (new words, code paths
// and object shapes), so it is reported beside the warm rate rather than hidden in it.
const f0 = cpuMs();
pass();
const first = cpuMs() - f0;
for (const s of stages) spent.set(s, 0);
const c0 = cpuMs();
const t0 = Date.now();
let rounds = 0;
do { pass(); rounds++; } while (Date.now() - t0 < minSeconds * 1000);
const n = rounds * articles.length;
const total = cpuMs() - c0;
console.log(`${articles.length} PolNeAR articles, first pass (fresh thread, unseen text): ${(first / articles.length).toFixed(2)} CPU-ms/article`);
console.log(`${articles.length} PolNeAR articles x ${rounds} warm passes: ${(total / n).toFixed(2)} CPU-ms/article (${(n / (total / 1000)).toFixed(0)} articles per CPU-second)`);
if (!process.env.SITREP_BENCH_ONLY) console.log(stages.map((s) => `${s} ${(spent.get(s)! / n).toFixed(2)}`).join('  '));
