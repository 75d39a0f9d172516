// Every bad input gets one line naming it, the right exit code, and no stack trace.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { sitrep, type CliResult } from '../helpers/cli.ts';
import { BatchError, validateAnalysis } from '../../src/model/analysis.ts';
import { tempDir } from '../helpers/tmp.ts';

const dir = tempDir('sitrep-bad-');
const path = (name: string) => join(dir, name);

function assertOneLineError(r: CliResult, code: number, ...words: string[]): void {
  assert.equal(r.status, code, `exit code (stderr: ${r.stderr})`);
  assert.equal(r.stdout, '');
  const lines = r.stderr.trim().split('\n');
  assert.equal(lines.length, 1, `one line, got:\n${r.stderr}`);
  assert.doesNotMatch(r.stderr, /\n\s+at |Error:/, 'no stack trace');
  for (const w of words) assert.ok(lines[0].includes(w), `"${lines[0]}" should mention ${w}`);
}

const PROSE = 'SEOUL, South Korea — Officials said on Monday that talks between the two governments would resume next week in the capital.\n';

test('a missing path', () => {
  assertOneLineError(sitrep(['analyze', path('nope.txt')]), 2, 'nope.txt', 'no such file');
});

test('a directory', () => {
  mkdirSync(path('adir'));
  assertOneLineError(sitrep(['analyze', path('adir')]), 2, 'adir', 'directory');
});

test('an empty file', () => {
  writeFileSync(path('empty.txt'), '');
  assertOneLineError(sitrep(['analyze', path('empty.txt')]), 2, 'empty.txt', 'empty');
});

test('a file of only whitespace and furniture has no article in it', () => {
  writeFileSync(path('furniture.txt'), '\n\n   \n\nClick here to subscribe\n\nCopyright 2024 Example. All rights reserved.\n');
  assertOneLineError(sitrep(['analyze', path('furniture.txt')]), 2, 'furniture.txt', 'no article text');
});

test('a PDF and an image are named as such', () => {
  writeFileSync(path('doc.pdf'), Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(64, 1)]));
  assertOneLineError(sitrep(['analyze', path('doc.pdf')]), 2, 'doc.pdf', 'PDF');
  writeFileSync(path('pic.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  assertOneLineError(sitrep(['analyze', path('pic.txt')]), 2, 'pic.txt', 'PNG');
  writeFileSync(path('blob.bin'), Buffer.from([1, 2, 3, 0, 0, 0, 4, 5, 6, 7]));
  assertOneLineError(sitrep(['analyze', path('blob.bin')]), 2, 'blob.bin', 'binary');
});

test('legacy encodings are decoded, not rejected: windows-1252 and latin-1', () => {
  // “smart quotes” and an em dash in windows-1252, é in latin-1: invalid as UTF-8.
  const cp1252 = Buffer.concat([Buffer.from('PARIS \x97 The minister said ', 'latin1'), Buffer.from([0x93]), Buffer.from('we will act'), Buffer.from([0x94]), Buffer.from(' on Monday, speaking at the caf\xe9 near the ministry.\n', 'latin1')]);
  writeFileSync(path('cp1252.txt'), cp1252);
  const r = sitrep(['analyze', path('cp1252.txt'), '--json']);
  assert.equal(r.status, 0, r.stderr);
  const a = JSON.parse(r.stdout);
  assert.ok(a.text.includes('“we will act”'), a.text);
  assert.ok(a.text.includes('café'), a.text);
  assert.ok(a.text.startsWith('PARIS — '), a.text);
});

test('a file over the size limit', () => {
  writeFileSync(path('big.txt'), PROSE.repeat(12000));
  assertOneLineError(sitrep(['analyze', path('big.txt'), '--max-mb', '1']), 2, 'big.txt', 'limit');
});

test('a gzip file is read through, a damaged one is named', () => {
  writeFileSync(path('ok.txt.gz'), gzipSync(PROSE));
  const r = sitrep(['analyze', path('ok.txt.gz'), '--json']);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).meta.dateline.country, 'KOR');
  writeFileSync(path('bad.txt.gz'), Buffer.from([0x1f, 0x8b, 8, 0, 1, 2, 3]));
  assertOneLineError(sitrep(['analyze', path('bad.txt.gz')]), 2, 'bad.txt.gz', 'gzip');
});

test('a URL that cannot be fetched exits 1', () => {
  assertOneLineError(sitrep(['analyze', 'http://sitrep-test.invalid/article']), 1, 'sitrep-test.invalid');
});

test('usage errors exit 2: unknown command, bad date, bad size', () => {
  const unknown = sitrep(['frobnicate']);
  assert.equal(unknown.status, 2);
  assertOneLineError(sitrep(['analyze', path('x.txt'), '--published', 'last tuesday']), 2, '--published', 'YYYY-MM-DD');
  assertOneLineError(sitrep(['analyze', path('x.txt'), '--max-mb', 'lots']), 2, '--max-mb');
});

test('--jsonl: a bad line gets an error object on its line and the batch goes on', () => {
  const lines = [
    JSON.stringify({ id: 'a', text: PROSE }),
    '{ this is not json',
    JSON.stringify({ id: 'c' }),
    JSON.stringify({ id: 'd', text: 42 }),
    JSON.stringify({ id: 'e', text: PROSE, published: '2024-03-04' }),
  ].join('\n');
  writeFileSync(path('batch.jsonl'), lines);
  const r = sitrep(['analyze', '--jsonl', path('batch.jsonl')]);
  assert.equal(r.status, 0, r.stderr);
  const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(out.length, 5);
  assert.equal(out[0].id, 'a');
  assert.equal(out[0].text, PROSE, 'text given is analysed as given');
  assert.deepEqual(out[1], { id: null, error: 'not valid JSON' });
  assert.equal(out[2].id, 'c');
  assert.match(out[2].error, /neither "text" nor "html"/);
  assert.equal(out[3].id, 'd');
  assert.match(out[3].error, /text/);
  assert.equal(out[4].id, 'e');
  assert.equal(out[4].meta.published, '2024-03-04');
  // Every line is either a contract analysis or a contract error object.
  for (const o of out) ('error' in o ? BatchError.parse(o) : validateAnalysis(o));
});

test('--jsonl on a missing file is one line, exit 2', () => {
  assertOneLineError(sitrep(['analyze', '--jsonl', path('none.jsonl')]), 2, 'none.jsonl');
});

test('a .jsonl file is a batch without the flag: one analysis per line, not the JSON read as prose', () => {
  writeFileSync(path('plain.jsonl'), `${JSON.stringify({ id: 'a', text: PROSE })}\n${JSON.stringify({ id: 'b', text: PROSE })}\n`);
  const r = sitrep(['analyze', path('plain.jsonl')]);
  assert.equal(r.status, 0, r.stderr);
  const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; text: string });
  assert.deepEqual(out.map((o) => o.id), ['a', 'b']);
  assert.equal(out[0].text, PROSE);
});

test('a WARC archive given to analyze is one line that points to ingest', () => {
  writeFileSync(path('pages.warc'), 'WARC/1.0\r\nWARC-Type: warcinfo\r\nContent-Length: 0\r\n\r\n\r\n\r\n');
  assertOneLineError(sitrep(['analyze', path('pages.warc')]), 2, 'pages.warc', 'sitrep ingest');
});
