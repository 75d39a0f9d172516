// `sitrep analyze` as a user runs it: the contract JSON, the terminal view, stdin, dates, languages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { validateAnalysis } from '../../src/model/analysis.ts';
import { sitrep, SEED, SHARED, ROOT, noShared } from '../helpers/cli.ts';

const fixture = (name: string) => join(ROOT, 'test', 'fixtures', 'text', name);

test('the reference article: boilerplate=1.000 and meta=5/5 by the shared scorer', { skip: noShared }, () => {
  const r = sitrep(['analyze', SEED, '--json']);
  assert.equal(r.status, 0, r.stderr);
  validateAnalysis(JSON.parse(r.stdout));
  const s = spawnSync(process.execPath, [join(SHARED, 'eval', 'score-seed.mjs'), '-'], { input: r.stdout, encoding: 'utf8' });
  const summary = s.stdout.trim().split('\n').at(-1) ?? '';
  assert.match(summary, /boilerplate=1\.000 meta=5\/5/);
  assert.match(s.stdout, /paragraphs 32 \(gold 32\)/);
});

test('every fixture analyses to JSON that validates against the contract', () => {
  for (const f of ['wire-ap.txt', 'wire-reuters.txt', 'british.txt', 'american.txt', 'asian.txt', 'mideast.txt', 'blog.txt']) {
    const r = sitrep(['analyze', fixture(f), '--json']);
    assert.equal(r.status, 0, `${f}: ${r.stderr}`);
    validateAnalysis(JSON.parse(r.stdout));
  }
});

test('the terminal view: header, then entities, quotes and events sections, no colour when piped', () => {
  const r = sitrep(['analyze', fixture('wire-reuters.txt')]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^Britain expands sanctions on shipping firms\n/);
  assert.match(r.stdout, /Publisher\s+Reuters/);
  assert.match(r.stdout, /By\s+Jane Doe, Omar Said/);
  assert.match(r.stdout, /Dateline\s+LONDON \(GBR\)/);
  for (const s of ['Entities', 'Quotes', 'Events']) assert.match(r.stdout, new RegExp(`^${s}$`, 'm'));
  assert.doesNotMatch(r.stdout, /\x1b\[/, 'no ANSI colour when stdout is not a terminal');
});

test('the terminal view heads an article without a headline with its lead\'s first sentence, marked as such', () => {
  const r = sitrep(['analyze', '-'], 'MOSCOW (Reuters) - Russia said on Monday it had expelled two British diplomats. The embassy declined to comment.\n');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^Russia said on Monday it had expelled two British diplomats {2}\(no headline: the lead's first sentence\)\n/);
});

test('the terminal view names every one of joint speakers', () => {
  const r = sitrep(['analyze', '-'], 'Britain, France and Germany warned that they would reimpose sanctions on Iran.\n');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^Quotes\n {2}United Kingdom, France and Germany\n {4}they would reimpose sanctions on Iran — warned \[indirect\]$/m);
});

test('stdin with -, and the same input gives byte-identical JSON', () => {
  const text = 'MOSCOW (Reuters) - The Kremlin said on Tuesday that talks would take place in the coming days, officials said.';
  const a = sitrep(['analyze', '-', '--json'], text);
  const b = sitrep(['analyze', '-', '--json'], text);
  assert.equal(a.status, 0, a.stderr);
  assert.equal(a.stdout, b.stdout);
  const out = JSON.parse(a.stdout);
  assert.equal(out.source.uri, 'stdin');
  assert.equal(out.meta.dateline.country, 'RUS');
});

test('--published sets the anchor date when the page has none', () => {
  const r = sitrep(['analyze', fixture('wire-reuters.txt'), '--json', '--published', '2024-03-04']);
  assert.equal(r.status, 0, r.stderr);
  // The override is an anchor for relative dates, not a claim about the page: meta keeps what the page says.
  assert.equal(JSON.parse(r.stdout).meta.published, null);
});

test('a non-English article is reported as such and skips the English-only stages', () => {
  const fr = "PARIS — Le gouvernement a annoncé mardi de nouvelles mesures pour soutenir les agriculteurs, a déclaré le ministre. « Nous serons aux côtés de ceux qui nous nourrissent », a-t-il ajouté devant les députés réunis à l'Assemblée nationale.";
  const r = sitrep(['analyze', '-', '--json'], fr);
  assert.equal(r.status, 0, r.stderr);
  const a = JSON.parse(r.stdout);
  assert.equal(a.meta.language, 'fr');
  assert.deepEqual([a.entities, a.quotes, a.events], [[], [], []]);
});

test('--help on every command and --version', () => {
  const top = sitrep(['--help']);
  assert.equal(top.status, 0);
  const commands = [...top.stdout.matchAll(/^  ([a-z-]+)(?: \[options\]| <|\s{2,})/gm)].map((m) => m[1]).filter((c) => c !== 'help');
  assert.ok(commands.includes('analyze') && commands.includes('schema'), top.stdout);
  for (const c of commands) {
    const r = sitrep([c, '--help']);
    assert.equal(r.status, 0, `${c} --help: ${r.stderr}`);
    assert.match(r.stdout, new RegExp(`Usage: sitrep ${c}`));
  }
  assert.match(sitrep(['--version']).stdout, /^\d+\.\d+\.\d+\n$/);
});
