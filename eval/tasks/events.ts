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

// Headlines: the NGEC headline templates (../shared/eval/events/plover-headline-templates.jsonl), each
// labelled with one PLOVER type, filled with fixed countries and cities in turn. Conflict news as a desk
// scans it, in title case; scored by type only: recall = the labelled type is among a headline's
// events, precision = the share of the types predicted that are the labelled one.
const FILL: Record<string, string[]> = {
  country_1: ['France', 'Kenya', 'Brazil', 'India', 'Japan', 'Egypt', 'Poland', 'Mexico', 'Nigeria', 'Turkey', 'Vietnam', 'Peru'],
  country_2: ['Germany', 'Ethiopia', 'Argentina', 'Pakistan', 'South Korea', 'Sudan', 'Belarus', 'Colombia', 'Ghana', 'Greece', 'China', 'Chile'],
  country_3: ['Italy', 'Uganda', 'Bolivia'],
  city: ['Lyon', 'Mombasa', 'Recife', 'Pune', 'Osaka', 'Alexandria', 'Gdansk', 'Monterrey', 'Kano', 'Izmir', 'Hanoi', 'Cusco'],
};
interface Template { id: string; text: string; events: Array<{ code: string }> }
const templates = readFileSync(join(SHARED, 'eval', 'events', 'plover-headline-templates.jsonl'), 'utf8').split('\n').filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Template);
const filled = templates.map((t, i) => ({ id: t.id, text: `${t.text.replace(/\{(\w+)\}/g, (all, slot: string) => FILL[slot]?.[i % FILL[slot].length] ?? all)}.`, want: t.events[0].code }));
const headlinesIn = join(process.env.TMPDIR ?? '/tmp', `sitrep-events-headlines-${process.pid}.jsonl`);
writeFileSync(headlinesIn, filled.map(({ id, text }) => JSON.stringify({ id, text })).join('\n') + '\n');
const wanted0 = new Map(filled.map((f) => [f.id, f.want]));
let htp = 0, hfp = 0, hfn = 0;
for (const line of run([BIN, 'analyze', '--jsonl', headlinesIn]).split('\n')) {
  if (!line) continue;
  const a = JSON.parse(line) as Analysis & { id: string };
  const want = wanted0.get(a.id);
  const types = new Set(a.events.map((e) => e.type));
  if (want && types.has(want as Event['type'])) htp++; else hfn++;
  hfp += [...types].filter((t) => t !== want).length;
}
rmSync(headlinesIn, { force: true });
{
  const P = htp / (htp + hfp || 1), R = htp / (htp + hfn || 1);
  console.log(`\nNGEC headline templates (${filled.length}, filled): type P ${(100 * P).toFixed(1)} R ${(100 * R).toFixed(1)} F1 ${(200 * P * R / (P + R || 1)).toFixed(1)}`);
}

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

// Real news: the PLOVER sentences are all eventful, so they never show an event read into an ordinary
// sentence of political news ("a Trump rally", "was asked about"). A judged random sample of our own
// events on PolNeAR articles does (eval/gold/events-news.json).
interface Judged { id: string; start: number; type: string; right: boolean; actor?: string; target?: string }
const judged = (JSON.parse(readFileSync(join(import.meta.dirname, '..', 'gold', 'events-news.json'), 'utf8')) as { judged: Judged[] }).judged;
const wanted = new Set(judged.map((j) => j.id));
const newsIn = join(process.env.TMPDIR ?? '/tmp', `sitrep-events-news-${process.pid}.jsonl`);
writeFileSync(newsIn, readFileSync(join(SHARED, 'corpus', 'polnear-2016', 'articles.jsonl'), 'utf8').split('\n')
  .filter((l) => l && wanted.has((JSON.parse(l) as { id: string }).id)).join('\n') + '\n');
const predicted = new Map<string, Event>();
for (const line of run([BIN, 'analyze', '--jsonl', newsIn]).split('\n')) {
  if (!line) continue;
  const a = JSON.parse(line) as Analysis & { id: string };
  for (const e of a.events) predicted.set(`${a.id}|${e.trigger.start}|${e.type}`, e);
}
rmSync(newsIn, { force: true });
const still = judged.filter((j) => predicted.has(`${j.id}|${j.start}|${j.type}`));
const rightKept = still.filter((j) => j.right).length;
const rightAll = judged.filter((j) => j.right).length;
// Sides as the sentence tells them: a name (or a token subset of it either way), an ISO country code, or "-" for none.
const sideJudged = (want: string | undefined, got: Event['actor']): boolean | null => {
  if (want === undefined || want === '*') return null;
  return want.split('|').some((w) => w === '-' ? !got
    : /^[A-Z]{3}$/.test(w) ? got?.country === w
    : !!got?.name && subsetEither(norm(w), norm(got.name)));
};
const subsetEither = (a: string, b: string) => {
  const words = (x: string) => x.replace(/[^\p{L}\p{N}]+/gu, ' ').trim().split(' ');
  const A = words(a), B = words(b);
  return A.every((t) => B.includes(t)) || B.every((t) => A.includes(t));
};
const sides = { actor: [0, 0], target: [0, 0], both: [0, 0] };
for (const j of still) {
  const e = predicted.get(`${j.id}|${j.start}|${j.type}`)!;
  const a = sideJudged(j.actor, e.actor), t = sideJudged(j.target, e.target);
  if (a !== null) { sides.actor[1]++; if (a) sides.actor[0]++; }
  if (t !== null) { sides.target[1]++; if (t) sides.target[0]++; }
  if (a !== null && t !== null) { sides.both[1]++; if (a && t) sides.both[0]++; }
}
const pct = ([k, n]: number[]) => `${(100 * k / (n || 1)).toFixed(1)} (${k}/${n})`;
console.log(`\nreal news (PolNeAR, ${judged.length} judged events): precision ${(100 * rightKept / (still.length || 1)).toFixed(1)} (${rightKept}/${still.length} still predicted are right; ${(100 * rightAll / judged.length).toFixed(1)} when judged); right ones no longer predicted: ${rightAll - rightKept}/${rightAll}`);
console.log(`real news sides, of the right events still predicted: actor ${pct(sides.actor)}, target ${pct(sides.target)}, both ${pct(sides.both)}`);
