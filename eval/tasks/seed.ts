// The reference article against its hand annotation (../shared/eval/score-seed.mjs).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { BIN, SHARED, requireShared } from '../shared.ts';

requireShared('seed');
const seed = join(SHARED, 'corpus', 'seed', 'washingtontimes-2023-09-11-kim-putin.txt');
const a = spawnSync(process.execPath, [BIN, 'analyze', seed, '--json'], { encoding: 'utf8', maxBuffer: 64 << 20 });
if (a.status !== 0) throw new Error(`analyze failed: ${a.stderr}`);
const s = spawnSync(process.execPath, [join(SHARED, 'eval', 'score-seed.mjs'), '-'], { input: a.stdout, encoding: 'utf8' });
process.stdout.write(s.stdout);
process.exitCode = s.status ?? 1;
