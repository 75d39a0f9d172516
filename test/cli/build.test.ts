// `npm run build`: the compiled CLI runs without tsx, data files and the analysis worker included.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateAnalysis } from '../../src/model/analysis.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
// (One level below the repository, as dist/ is: the CLI finds package.json and node_modules from there.)
const OUT = join(ROOT, '.build-test');

test('the build runs: `analyze` reads an article and `ingest` stores through the compiled analysis worker', { timeout: 180_000 }, () => {
  rmSync(OUT, { recursive: true, force: true });
  const tsc = spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--outDir', OUT], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(tsc.status, 0, tsc.stdout + tsc.stderr);
  const copy = spawnSync(process.execPath, ['scripts/copy-assets.mjs', OUT], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(copy.status, 0, copy.stderr);
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-build-'));
  try {
    const file = join(dir, 'a.txt');
    writeFileSync(file, 'SEOUL — North Korea fired a missile on Monday, the South Korean military said. “This is a clear violation,” said Adrienne Watson, a White House spokesperson.\n');
    const cli = (args: string[]) => spawnSync(process.execPath, [join(OUT, 'cli/main.js'), ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, SITREP_DATA_DIR: join(dir, 'data') } });
    const analyzed = cli(['analyze', file, '--json']);
    assert.equal(analyzed.status, 0, analyzed.stderr);
    const a = validateAnalysis(JSON.parse(analyzed.stdout));
    assert.deepEqual(a.quotes.map((q) => q.speaker?.name), ['South Korean military', 'Adrienne Watson']);
    const lines = join(dir, 'two.jsonl');
    writeFileSync(lines, [
      { id: 'a', text: 'Officials said the talks would resume on Monday in Geneva.' },
      { id: 'b', text: 'The ministry said the drills would continue through the week.' },
    ].map((o) => JSON.stringify(o)).join('\n'));
    const ingested = cli(['ingest', lines]);
    assert.equal(ingested.status, 0, ingested.stderr);
    assert.match(ingested.stdout + ingested.stderr, /2 new/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(OUT, { recursive: true, force: true });
  }
});
