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
// SITREP_BENCH_OTHER=/path/to/checkout: passes alternate between this tree's code and that checkout's
// (a worktree of an older commit, with node_modules linked), each on docs made by its own pipeline.
// The code loaded first ran a few percent slower in our runs: run it from both trees, take the mean.
import { readFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SHARED, requireShared } from '../eval/shared.ts';
import type { Analysis } from '../src/model/analysis.ts';
import type { Component, Doc } from '../src/nlp/doc.ts';

requireShared('stage-cpu');
const [stage = 'quotes', seconds = '5'] = process.argv.slice(2);
const lines = readFileSync(join(SHARED, 'corpus', 'polnear-2016', 'articles.jsonl'), 'utf8').split('\n').filter((l) => l.trim())
  .map((l) => JSON.parse(l) as { text: string; published: string | null });

/** One pass of the stage over every doc, with the code of the checkout at `root`, and the number of docs. */
async function passOf(root: string): Promise<{ pass: () => void; n: number }> {
  const { articleFromText } = await import(join(root, 'src/extract/given.ts'));
  const { SCHEMA_VERSION } = await import(join(root, 'src/model/analysis.ts'));
  const { createDoc, defaultComponents } = await import(join(root, 'src/nlp/pipeline.ts')) as { createDoc: (a: unknown) => Doc; defaultComponents: Component[] };
  const { prepareCorpus } = await import(join(root, 'src/corpus/prepare.ts'));
  const { sendable } = await import(join(root, 'src/store/stored-json.ts'));
  const articles = lines.map((o) => articleFromText(o.text, { published: o.published }));
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
  return { pass, n: docs.length };
}

const cpuMs = (): number => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const here = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { pass, n } = await passOf(here);
pass();
const other = process.env.SITREP_BENCH_OTHER;
if (process.env.SITREP_BENCH_AB || other) {
  // Two versions alternate pass by pass: a switch in this tree's code, or another checkout's code
  // (loaded second, with its own modules).
  const g = globalThis as { __variant?: number };
  const second = other ? (await passOf(resolve(other))).pass : pass;
  second();
  const times: number[][] = [[], []];
  const t0 = Date.now();
  for (let r = 0; Date.now() - t0 < Number(seconds) * 1000 || r < 4; r++) {
    g.__variant = r % 2;
    const c = cpuMs();
    (r % 2 && other ? second : pass)();
    times[r % 2].push((cpuMs() - c) / n);
  }
  const [a, b] = other ? ['this tree', other] : ['variant 0', 'variant 1'];
  console.log(`${stage}: ${a} ${median(times[0]).toFixed(3)}, ${b} ${median(times[1]).toFixed(3)} CPU-ms/article (medians of ${times[0].length} passes each; ratio ${(median(times[0]) / median(times[1])).toFixed(3)})`);
} else {
  const c0 = cpuMs();
  const t0 = Date.now();
  let rounds = 0;
  do { pass(); rounds++; } while (Date.now() - t0 < Number(seconds) * 1000);
  console.log(`${stage}: ${((cpuMs() - c0) / (rounds * n)).toFixed(3)} CPU-ms/article (${rounds} passes)`);
}
