// One analysis stage's CPU per article, alone and repeated, for comparing two versions of its code
// in the same minutes (bench/tasks/analysis.ts measures all stages together, ±0.2 ms per stage).
// All PolNeAR docs are analysed once; then the named stage runs over them again and again.
//   node --import tsx bench/stage-cpu.ts STAGE [SECONDS]
// STAGE: tokens, entities, quotes, events (the components), corpus (prepareCorpus), sendable (the
// worker's stored JSON). The docs are cold in the CPU's caches here (924 of them go round), which
// the pipeline's batches of 8 are not: code that reads every token costs more here than in ingest.
// SITREP_BENCH_AB=1: passes alternate between globalThis.__variant = 0 and 1, for a temporary switch
// between an old and a new version of some code (`(globalThis as any).__variant === 1 ? old : new`):
// both run in the same process and minutes, which is the only way to see 1-3% on a shared machine.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED, requireShared } from '../eval/shared.ts';
import { articleFromText } from '../src/extract/given.ts';
import { SCHEMA_VERSION, type Analysis } from '../src/model/analysis.ts';
import { createDoc, defaultComponents } from '../src/nlp/pipeline.ts';
import type { Doc } from '../src/nlp/doc.ts';
import { prepareCorpus } from '../src/corpus/prepare.ts';
import { sendable } from '../src/store/stored-json.ts';

requireShared('stage-cpu');
const [stage = 'quotes', seconds = '5'] = process.argv.slice(2);
const lines = readFileSync(join(SHARED, 'corpus', 'polnear-2016', 'articles.jsonl'), 'utf8').split('\n').filter((l) => l.trim());
const articles = lines.map((l) => {
  const o = JSON.parse(l) as { text: string; published: string | null };
  return articleFromText(o.text, { published: o.published });
});
const docs: Doc[] = articles.map((a) => createDoc(a));
for (const c of defaultComponents) for (const d of docs) c.run(d);
const analyses: Analysis[] = docs.map((d) => {
  const a = d.article;
  return { schemaVersion: SCHEMA_VERSION, id: a.id, source: a.source, meta: a.meta, text: a.text, paragraphs: a.paragraphs, entities: d.entities, quotes: d.quotes, events: d.events };
});

const component = defaultComponents.find((c) => c.name === stage);
const pass: () => void = component ? () => { for (const d of docs) component.run(d); }
  : stage === 'tokens' ? () => { for (const a of articles) createDoc(a); }
  : stage === 'corpus' ? () => { for (const a of analyses) prepareCorpus(a); }
  : stage === 'sendable' ? () => { for (const a of analyses) sendable(a); }
  : () => { throw new Error(`unknown stage ${stage}`); };

const cpuMs = (): number => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
pass();
if (process.env.SITREP_BENCH_AB) {
  const g = globalThis as { __variant?: number };
  const times: number[][] = [[], []];
  const t0 = Date.now();
  for (let r = 0; Date.now() - t0 < Number(seconds) * 1000 || r < 4; r++) {
    g.__variant = r % 2;
    const c = cpuMs();
    pass();
    times[r % 2].push((cpuMs() - c) / docs.length);
  }
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  console.log(`${stage}: variant 0 ${median(times[0]).toFixed(3)}, variant 1 ${median(times[1]).toFixed(3)} CPU-ms/article (medians of ${times[0].length} passes each)`);
} else {
  const c0 = cpuMs();
  const t0 = Date.now();
  let rounds = 0;
  do { pass(); rounds++; } while (Date.now() - t0 < Number(seconds) * 1000);
  console.log(`${stage}: ${((cpuMs() - c0) / (rounds * docs.length)).toFixed(3)} CPU-ms/article (${rounds} passes)`);
}
