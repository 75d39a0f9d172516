// Events: PLOVER sentences (../shared/eval/events/plover-gsr-dev.jsonl, score-events.mjs) and the
// reference article's must-find events (score-seed.mjs), plus what the seed scorer does not check:
// whether each annotated event's status (planned, hypothetical, threatened ...) came out right, and
// that none the annotators marked hypothetical or threatened is reported as actual.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, SHARED, requireShared } from '../shared.ts';
import type { Analysis, Event } from '../../src/model/analysis.ts';

requireShared('events');
const run = (args: string[], input?: string) => {
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', input, maxBuffer: 256 << 20 });
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
};

const gold = join(SHARED, 'eval', 'events', 'plover-gsr-dev.jsonl');
const pred = run([BIN, 'analyze', '--jsonl', gold]);
const predPath = join(process.env.TMPDIR ?? '/tmp', `sitrep-events-${process.pid}.jsonl`);
writeFileSync(predPath, pred);
console.log('PLOVER dev (sentences from the CAMEO manual):');
process.stdout.write(run([join(SHARED, 'eval', 'events', 'score-events.mjs'), gold, predPath]));
rmSync(predPath, { force: true });

const seedFile = join(SHARED, 'corpus', 'seed', 'washingtontimes-2023-09-11-kim-putin.txt');
const seedJson = run([BIN, 'analyze', seedFile, '--json']);
const seedScore = run([join(SHARED, 'eval', 'score-seed.mjs'), '-'], seedJson);
console.log('\nreference article:');
for (const line of seedScore.split('\n')) if (/^events|^ {2}missed: [a-z-]+(, [a-z-]+)*$/.test(line) && !/missed: (people|organizations|places):/.test(line)) console.log(line);

interface GoldEvent { id: string; type: string; actor: string; target?: string; actorName?: string; targetName?: string; status: string }
const seedGold = JSON.parse(readFileSync(join(SHARED, 'eval', 'seed.gold.json'), 'utf8')) as { events: GoldEvent[] };
const analysis = JSON.parse(seedJson) as Analysis;
const norm = (s: string | null | undefined) => String(s ?? '').normalize('NFKC').replace(/[’']/g, '').toLowerCase().trim();
const sideOk = (want: string | undefined, got: Event['actor']) => !want || want.split('|').some((w) => got && (got.country === w || norm(got.name) === norm(w)));
let found = 0;
let statusOk = 0;
let overclaimed = 0;
const wrong: string[] = [];
for (const g of seedGold.events) {
  const same = analysis.events.filter((e) => e.type === g.type && sideOk(g.actor, e.actor) && sideOk(g.target, e.target));
  if (!same.length) continue;
  found++;
  if (same.some((e) => e.status === g.status || (e.status === 'reported' && g.status === 'actual'))) statusOk++;
  else wrong.push(`${g.id}: gold ${g.status}, got ${[...new Set(same.map((e) => e.status))].join('/')}`);
  if (g.status !== 'actual' && same.every((e) => e.status === 'actual')) overclaimed++;
}
console.log(`seed event status: ${statusOk}/${found} of the annotated events found have the annotated status; non-actual reported as actual: ${overclaimed}`);
for (const w of wrong) console.log(`  ${w}`);
