// `sitrep export --out` is all or nothing, and read-only commands refuse a store that is not there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync, readdirSync, existsSync, statSync, lstatSync, chmodSync, symlinkSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomically } from '../../src/corpus/export/file.ts';
import { openDb } from '../../src/store/open.ts';
import { spawn, spawnSync } from 'node:child_process';
import { openSync, closeSync } from 'node:fs';
import { sitrep, ROOT } from '../helpers/cli.ts';
import { ingest } from '../corpus/fixtures.ts';
import { eventFixtures } from '../corpus/events-fixtures.ts';
import { tempDir } from '../helpers/tmp.ts';

const dir = tempDir('sitrep-export-safety-');
const fullDevice = existsSync('/dev/full') && statSync('/dev/full').isCharacterDevice() ? false : 'no /dev/full on this system';

/** A real SQLite store with the corpus tests' event articles in it. */
async function makeStore(): Promise<string> {
  const location = join(dir, 'store.db');
  if (existsSync(location)) return location;
  const db = await openDb({ db: location });
  try {
    for (const f of eventFixtures) await ingest(db, f);
  } finally {
    await db.close();
  }
  return location;
}

const leftovers = (d: string) => readdirSync(d).filter((f) => f.endsWith('.tmp'));

test('a write that fails half-way leaves the previous file as it was, and no temporary file', async () => {
  const d = mkdtempSync(join(dir, 'half-'));
  const out = join(d, 'events.csv');
  writeFileSync(out, 'previous export\n');
  await assert.rejects(writeFileAtomically(out, async (s) => {
    s.write('a,b\r\n1,2\r\n');
    throw new Error('the store went away');
  }), /the store went away/);
  assert.equal(readFileSync(out, 'utf8'), 'previous export\n');
  assert.deepEqual(leftovers(d), []);

  // No previous file: none afterwards either.
  const fresh = join(d, 'fresh.csv');
  await assert.rejects(writeFileAtomically(fresh, async (s) => { s.write('x'.repeat(1 << 20)); throw new Error('late'); }));
  assert.ok(!existsSync(fresh));
  assert.deepEqual(leftovers(d), []);
});

test('a write that succeeds replaces the file, keeping its mode, and through a symlink keeps the link', async () => {
  const d = mkdtempSync(join(dir, 'ok-'));
  const out = join(d, 'events.jsonl');
  writeFileSync(out, 'old\n');
  chmodSync(out, 0o600);
  assert.equal(await writeFileAtomically(out, async (s) => { s.write('{"a":1}\n'); return 7; }), 7);
  assert.equal(readFileSync(out, 'utf8'), '{"a":1}\n');
  assert.equal(statSync(out).mode & 0o777, 0o600);
  const link = join(d, 'latest.jsonl');
  symlinkSync('events.jsonl', link);
  await writeFileAtomically(link, async (s) => { s.write('{"a":2}\n'); });
  assert.ok(lstatSync(link).isSymbolicLink());
  assert.equal(readFileSync(out, 'utf8'), '{"a":2}\n');
  assert.deepEqual(leftovers(d), []);
});

test('an export killed half-way (SIGTERM, Ctrl-C) removes its temporary file and dies of the signal', async () => {
  const d = mkdtempSync(join(dir, 'signal-'));
  const out = join(d, 'events.csv');
  writeFileSync(out, 'previous export\n');
  const script = `import { writeFileAtomically } from ${JSON.stringify(join(ROOT, 'src', 'corpus', 'export', 'file.ts'))};
await writeFileAtomically(${JSON.stringify(out)}, async (s) => { s.write('a,b\\r\\n'); await new Promise((r) => setTimeout(r, 60000)); });`;
  for (const sig of ['SIGTERM', 'SIGINT'] as const) {
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, stdio: 'ignore' });
    const exited = new Promise<NodeJS.Signals | null>((res) => child.on('exit', (_code, signal) => res(signal)));
    for (let i = 0; i < 300 && !leftovers(d).length; i++) await new Promise((r) => setTimeout(r, 50));
    assert.equal(leftovers(d).length, 1, 'the export is under way');
    child.kill(sig);
    assert.equal(await exited, sig);
    assert.deepEqual(leftovers(d), []);
    assert.equal(readFileSync(out, 'utf8'), 'previous export\n');
  }
});

test('a device is written in place, never replaced by a file: /dev/full fails with ENOSPC', { skip: fullDevice }, async () => {
  await assert.rejects(writeFileAtomically('/dev/full', async (s) => {
    for (let i = 0; i < 1000 && !s.errored; i++) if (!s.write('x'.repeat(65536))) await new Promise((r) => s.once('drain', r).once('error', r));
    if (s.errored) throw s.errored;
  }), /ENOSPC/);
  assert.ok(statSync('/dev/full').isCharacterDevice());
});

test('sitrep export: a bad option found late, a full disk or a missing directory leave the previous file alone', { skip: fullDevice }, async () => {
  const db = await makeStore();
  const out = join(dir, 'keep.csv');
  writeFileSync(out, 'previous export\n');
  const late = sitrep(['export', '--format', 'geojson', '--what', 'quotes', '--db', db, '--out', out]);
  assert.equal(late.status, 2, late.stderr);
  assert.match(late.stderr, /^sitrep: --format geojson exports events only/);
  assert.equal(readFileSync(out, 'utf8'), 'previous export\n', 'the previous file is untouched');

  const full = sitrep(['export', '--format', 'csv', '--db', db, '--out', '/dev/full']);
  assert.equal(full.status, 1);
  assert.equal(full.stderr, 'sitrep: /dev/full: cannot write the export (ENOSPC: no space left on device, write)\n');

  const nodir = sitrep(['export', '--format', 'csv', '--db', db, '--out', join(dir, 'missing', 'x.csv')]);
  assert.equal(nodir.status, 1);
  assert.match(nodir.stderr, /^sitrep: \S*missing\/x\.csv: cannot write the export \(ENOENT: no such file or directory, open '\S*missing\/x\.csv'\)\n$/);

  const isDir = sitrep(['export', '--format', 'csv', '--db', db, '--out', dir]);
  assert.equal(isDir.status, 2);
  assert.match(isDir.stderr, /is a directory/);

  const self = sitrep(['export', '--format', 'csv', '--db', db, '--out', db]);
  assert.equal(self.status, 2);
  assert.match(self.stderr, /is the store itself/);

  const dash = sitrep(['export', '--format', 'csv', '--db', db, '--out', '-']);
  assert.equal(dash.status, 0, dash.stderr);
  assert.match(dash.stdout, /^article_id,/, '--out - is standard output');
  assert.ok(!existsSync(join(ROOT, '-')), 'no file named "-"');

  const ok = sitrep(['export', '--format', 'csv', '--db', db, '--out', out]);
  assert.equal(ok.status, 0, ok.stderr);
  assert.match(readFileSync(out, 'utf8'), /^article_id,/);
  assert.deepEqual(leftovers(dir), []);
});

test('sitrep export to a standard output on a full disk: one line, exit 1', { skip: fullDevice }, async () => {
  const db = await makeStore();
  const fd = openSync('/dev/full', 'w');
  try {
    const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'sitrep'), 'export', '--format', 'csv', '--db', db], { stdio: ['ignore', fd, 'pipe'], encoding: 'utf8', cwd: ROOT });
    assert.equal(r.status, 1);
    assert.equal(r.stderr, 'sitrep: cannot write the output: ENOSPC: no space left on device, write\n');
  } finally {
    closeSync(fd);
  }
});

test('search and export refuse a store that does not exist, and create nothing; ingest still creates one', async () => {
  const typo = join(dir, 'no-such-dir', 'sitrp.db');
  for (const args of [['search', 'talks'], ['export', '--format', 'jsonl']]) {
    const r = sitrep([...args, '--db', typo]);
    assert.equal(r.status, 2, r.stderr);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr, `sitrep: no sitrep database at ${typo}; run sitrep ingest first\n`);
  }
  // The default store in a data directory that has none yet.
  const empty = join(dir, 'empty-data-dir');
  mkdirSync(empty);
  const r = sitrep(['search', 'talks'], undefined, { SITREP_DATA_DIR: empty, SITREP_DB: '' });
  assert.equal(r.status, 2, r.stderr);
  assert.match(r.stderr, /^sitrep: no sitrep database at \S*empty-data-dir\/sitrep\.db; run sitrep ingest first\n$/);
  assert.ok(!existsSync(join(dir, 'no-such-dir')), 'no directory was created');
  assert.deepEqual(readdirSync(empty), []);

  const text = join(dir, 'talks.txt');
  writeFileSync(text, 'SEOUL, South Korea — Officials said on Monday that talks between the two governments would resume next week in the capital.\n');
  const created = join(dir, 'new', 'store.db');
  const ing = sitrep(['ingest', text, '--db', created, '--threads', '0', '-q']);
  assert.equal(ing.status, 0, ing.stderr);
  const found = sitrep(['search', 'talks', '--db', created, '--json']);
  assert.equal(found.status, 0, found.stderr);
  assert.equal((JSON.parse(found.stdout) as { total: number }).total, 1);
});
