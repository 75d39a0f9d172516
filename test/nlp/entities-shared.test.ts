// The targets of the entity stage on the team's shared gold, as regression tests
// (skipped with a message when ../shared is absent).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SEED, SHARED, noShared, sitrep } from '../helpers/cli.ts';

test('reference article: every must entity found, countries right, no lone honorific entity', { skip: noShared }, () => {
  const a = sitrep(['analyze', SEED, '--json']);
  assert.equal(a.status, 0, a.stderr);
  const s = spawnSync(process.execPath, [join(SHARED, 'eval', 'score-seed.mjs'), '-'], { input: a.stdout, encoding: 'utf8' });
  const line = s.stdout.split('\n').find((l) => l.startsWith('entities:')) ?? '';
  const m = /recall=([\d.]+) .*country-accuracy=([\d.]+) unmerged-honorific-entities=(\d+)/.exec(line);
  assert.ok(m, `no entities line in: ${s.stdout}`);
  assert.equal(Number(m[1]), 1, line);
  assert.ok(Number(m[2]) >= 0.95, line);
  assert.equal(Number(m[3]), 0, line);
});

test('NGEC actor dev set: country >= 90%, sector >= 80%', { skip: noShared }, () => {
  const gold = join(SHARED, 'eval', 'actors', 'ngec-actor-dev.jsonl');
  const r = sitrep(['resolve', '--jsonl', gold]);
  assert.equal(r.status, 0, r.stderr);
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-actors-test-'));
  try {
    const pred = join(dir, 'pred.jsonl');
    writeFileSync(pred, r.stdout);
    const s = spawnSync(process.execPath, [join(SHARED, 'eval', 'actors', 'score-actors.mjs'), gold, pred], { encoding: 'utf8' });
    const m = /actors: country=([\d.]+) .* sector=([\d.]+)/.exec(s.stdout);
    assert.ok(m, s.stdout);
    assert.ok(Number(m[1]) >= 90, s.stdout.split('\n').pop());
    assert.ok(Number(m[2]) >= 80, s.stdout.split('\n').pop());
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
