// Actor resolution (mention -> country + sector) on the NGEC actor dev set, through the CLI as a
// user runs it: `sitrep resolve --jsonl GOLD` piped into ../shared/eval/actors/score-actors.mjs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, SHARED, requireShared } from '../shared.ts';

requireShared('actors');
const gold = join(SHARED, 'eval', 'actors', 'ngec-actor-dev.jsonl');
const r = spawnSync(process.execPath, [BIN, 'resolve', '--jsonl', gold], { encoding: 'utf8', maxBuffer: 64 << 20 });
if (r.status !== 0) throw new Error(`resolve failed: ${r.stderr}`);
const dir = mkdtempSync(join(tmpdir(), 'sitrep-actors-'));
try {
  const pred = join(dir, 'pred.jsonl');
  writeFileSync(pred, r.stdout);
  const s = spawnSync(process.execPath, [join(SHARED, 'eval', 'actors', 'score-actors.mjs'), gold, pred], { encoding: 'utf8' });
  const lines = s.stdout.trim().split('\n');
  // The scorer lists misses first; they help when working on the KB (SITREP_EVAL_VERBOSE=1).
  for (const l of process.env.SITREP_EVAL_VERBOSE ? lines : lines.slice(-1)) console.log(l);
  process.exitCode = s.status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
