// Quote extraction and attribution on PolNeAR dev (../shared/eval/quotes), scored by the team's
// scorer: F1 at 0.3 and 0.8 overlap, direct and indirect recall, speaker accuracy (by name and by
// mention span). Set QUOTES_GOLD to score another file in the same format (e.g. polnear-train.jsonl).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, ROOT, SHARED, requireShared } from '../shared.ts';
import type { Analysis, Quote } from '../../src/model/analysis.ts';

requireShared('quotes');
const gold = process.env.QUOTES_GOLD ?? join(SHARED, 'eval', 'quotes', 'polnear-dev.jsonl');
const dir = mkdtempSync(join(tmpdir(), 'sitrep-quotes-'));
try {
  const started = Date.now();
  const a = spawnSync(process.execPath, [BIN, 'analyze', '--jsonl', gold], { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (a.status !== 0) throw new Error(`analyze --jsonl failed: ${a.stderr.trim().split('\n').pop()}`);
  const pred = join(dir, 'pred.jsonl');
  writeFileSync(pred, a.stdout);
  const s = spawnSync(process.execPath, [join(SHARED, 'eval', 'quotes', 'score-quotes.mjs'), gold, pred], { encoding: 'utf8' });
  process.stdout.write(s.stdout);
  if (s.status !== 0) { process.stderr.write(s.stderr); process.exitCode = 1; }
  const rows = s.stdout.split('\n');
  // The scorer's table: "T type P R F1 speakerName speakerMention endToEnd"; restate the headline numbers.
  const pick = (t: string, type: string) => rows.find((r) => r.startsWith(t) && r.slice(5).trimStart().startsWith(type))?.trim().split(/\s+/);
  const all3 = pick('0.3', 'all'), all8 = pick('0.8', 'all'), dir3 = pick('0.3', 'direct'), ind3 = pick('0.3', 'indirect');
  if (all3 && all8 && dir3 && ind3) {
    console.log(`quotes (${gold.split('/').pop()}): P@0.3=${all3[2]} R@0.3=${all3[3]} F1@0.3=${all3[4]} F1@0.8=${all8[4]} directR=${dir3[3]} indirectR=${ind3[3]} speakerName=${all3[5]} speakerMention=${all3[6]} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

// Who a pronoun or a description really is: PolNeAR's gold speaker is the mention's words, so it cannot
// tell "the former secretary of state" resolved to Hillary Clinton from one left unresolved or resolved
// wrong. A judged random sample of our own quotes on PolNeAR articles can (eval/gold/speakers-news.json).
interface JudgedSpeaker { id: string; mention: [number, number]; speaker: string; draw: number }
const judged = (JSON.parse(readFileSync(join(ROOT, 'eval', 'gold', 'speakers-news.json'), 'utf8')) as { judged: JudgedSpeaker[] }).judged;
const wanted = new Set(judged.map((j) => j.id));
const newsDir = mkdtempSync(join(tmpdir(), 'sitrep-speakers-'));
try {
  const newsIn = join(newsDir, 'in.jsonl');
  writeFileSync(newsIn, readFileSync(join(SHARED, 'corpus', 'polnear-2016', 'articles.jsonl'), 'utf8').split('\n')
    .filter((l) => l && wanted.has((JSON.parse(l) as { id: string }).id)).join('\n') + '\n');
  const a = spawnSync(process.execPath, [BIN, 'analyze', '--jsonl', newsIn], { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (a.status !== 0) throw new Error(`analyze --jsonl failed: ${a.stderr.trim().split('\n').pop()}`);
  const byMention = new Map<string, Quote['speaker']>();
  for (const line of a.stdout.split('\n')) {
    if (!line) continue;
    const r = JSON.parse(line) as Analysis & { id: string };
    for (const q of r.quotes) if (q.speaker?.mention) byMention.set(`${r.id}|${q.speaker.mention.start}|${q.speaker.mention.end}`, q.speaker);
  }
  let right = 0, scored = 0, gone = 0;
  const byDraw = new Map<number, [number, number]>();
  const wrong: string[] = [];
  for (const j of judged) {
    if (j.speaker === '*') continue;
    const got = byMention.get(`${j.id}|${j.mention[0]}|${j.mention[1]}`);
    if (!got) { gone++; continue; }
    scored++;
    // "-": the article names no one, so no entity is right; else the name, a token subset of it either way.
    const ok = j.speaker === '-' ? !got.entity : j.speaker.split('|').some((w) => sameName(w, got.name));
    if (ok) right++;
    else wrong.push(`${j.id.slice(-32)} @${j.mention[0]}: ${j.speaker} <- ${got.name}`);
    const d = byDraw.get(j.draw) ?? [0, 0];
    d[0] += ok ? 1 : 0;
    d[1]++;
    byDraw.set(j.draw, d);
  }
  console.log(`\nspeakers on real news (PolNeAR, ${judged.length} judged pronoun and description speakers, ${judged.filter((j) => j.speaker === '*').length} no quotation): identity right ${(100 * right / (scored || 1)).toFixed(1)} (${right}/${scored}; by draw ${[...byDraw].map(([k, [r, n]]) => `${k}: ${r}/${n}`).join(', ')}); no longer found: ${gone}`);
  if (process.env.SITREP_EVAL_VERBOSE) for (const w of wrong) console.log(`  ${w}`);
} finally {
  rmSync(newsDir, { recursive: true, force: true });
}

/** The scorer's lenient name match (score-quotes.mjs): equal, or one's words a subset of the other's, titles aside. */
function sameName(a: string, b: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/\b(mr|mrs|ms|dr|prof|sen|rep|gov|pres)\.?\s+/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const x = norm(a), y = norm(b);
  if (!x || !y) return x === y;
  const A = x.split(' '), B = y.split(' ');
  return x === y || A.every((t) => B.includes(t)) || B.every((t) => A.includes(t));
}
