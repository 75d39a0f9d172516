// Integer flags take plain decimal digits only; anything else is one line naming the flag and the value.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseWholeNumber, parseWholeNumberIf, plainNumber } from '../../src/cli/flags.ts';
import { fetcherFromFlags, parseThreads } from '../../src/cli/ingest.ts';
import { parseMaxBytes } from '../../src/cli/analyze.ts';
import { parseIntervalMinutes } from '../../src/cli/feeds.ts';
import { parsePort } from '../../src/cli/serve.ts';
import { sitrep } from '../helpers/cli.ts';
import { tempDir } from '../helpers/tmp.ts';

const JUNK = ['1e2', '10abc', '-5', '0x10', '', ' 5', '5 ', '5.0', '+5', '0b11', '0o7', 'Infinity', 'NaN', '１０', '99999999999999999999'];

test('parseWholeNumber takes digits in range and refuses everything else, naming flag and value', () => {
  assert.equal(parseWholeNumber('limit', '10', 1, 200), 10);
  assert.equal(parseWholeNumber('limit', '007', 1, 200), 7);
  assert.equal(parseWholeNumber('offset', '0', 0, 10), 0);
  assert.equal(parseWholeNumberIf('offset', undefined, 0, 10), undefined);
  for (const v of [...JUNK, '0', '201']) {
    assert.throws(() => parseWholeNumber('limit', v, 1, 200), (e: Error) => {
      assert.equal(e.message, `--limit: expected a whole number from 1 to 200, got "${v}"`);
      return true;
    }, `"${v}"`);
  }
});

test('every integer flag of the CLI goes through it', () => {
  for (const v of JUNK) {
    assert.throws(() => parseThreads(v), /^InputError: --threads: .*got "/, `--threads "${v}"`);
    assert.throws(() => parsePort(v), /--port: .*got "/, `--port "${v}"`);
  }
  assert.equal(parseThreads('2'), 2);
  assert.equal(parsePort('8080'), 8080);
});

test('sitrep search and kb search refuse junk counts with one line, before touching any store', () => {
  const dir = tempDir('sitrep-flags-');
  const db = join(dir, 'store.db');
  for (const [flag, v] of [['--limit', '1e2'], ['--limit', '10abc'], ['--offset', '-5'], ['--limit', '0x10']]) {
    const r = sitrep(['search', 'talks', flag, v, '--db', db]);
    assert.equal(r.status, 2, r.stderr);
    assert.equal(r.stderr, `sitrep: ${flag}: expected a whole number from ${flag === '--limit' ? 1 : 0} to ${flag === '--limit' ? 200 : 1000000}, got "${v}"\n`);
  }
  const range = sitrep(['search', 'talks', '--since', '2016-02-01', '--until', '2016-01-01', '--db', db]);
  assert.equal(range.status, 2);
  assert.equal(range.stderr, 'sitrep: --since 2016-02-01 is after --until 2016-01-01\n', 'as export says it, rather than 0 articles');
  assert.ok(!existsSync(db), 'no store was created');
  const kb = sitrep(['kb', 'search', 'putin', '--limit', '1e2']);
  assert.equal(kb.status, 2);
  assert.match(kb.stderr, /^sitrep: --limit: expected a whole number from 1 to 100000, got "1e2"\n$/);
});

test('decimal flags (seconds, megabytes, minutes, severity) refuse what Number() would take: "", 0x10, 1e2, -1', () => {
  assert.equal(plainNumber('2'), 2);
  assert.equal(plainNumber('0.5'), 0.5);
  assert.equal(plainNumber('.5'), 0.5);
  assert.equal(plainNumber('3.'), 3);
  for (const v of ['', ' ', '0x10', '1e2', '-1', '+1', 'Infinity', '1,5', '1.2.3', '.']) assert.ok(Number.isNaN(plainNumber(v)), `"${v}"`);
  assert.throws(() => fetcherFromFlags({ delay: '' }), /--delay: expected seconds \(a number >= 0\), got ""/);
  assert.throws(() => fetcherFromFlags({ delay: '0x10' }), /--delay: .*got "0x10"/);
  assert.throws(() => parseMaxBytes('1e2'), /--max-mb: .*got "1e2"/);
  assert.throws(() => parseIntervalMinutes('0x3c'), /--interval: .*got "0x3c"/);
  assert.equal(parseIntervalMinutes('60'), 3600);
});
