// Quote extraction and attribution on PolNeAR dev (../shared/eval/quotes), scored by the team's
// scorer: F1 at 0.3 and 0.8 overlap, direct and indirect recall, speaker accuracy (by name and by
// mention span). Set QUOTES_GOLD to score another file in the same format (e.g. polnear-train.jsonl).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, SHARED, requireShared } from '../shared.ts';

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
