import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sitrep } from '../helpers/cli.ts';

test('resolve --jsonl: one resolution per line, a bad line gets an error and the batch goes on', () => {
  const input = [
    JSON.stringify({ id: 'a', text: 'Armenian Prime Minister Nikol Pashinyan' }),
    'not json',
    JSON.stringify({ id: 'c', text: 'ordinary Kazakhs' }),
    JSON.stringify({ id: 'd' }),
    JSON.stringify({ id: 'e', text: 'Angela Merkel', date: '2017-04-01' }),
  ].join('\n');
  const r = sitrep(['resolve', '--jsonl', '-'], input);
  assert.equal(r.status, 0, r.stderr);
  const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  assert.equal(out.length, 5);
  assert.deepEqual([out[0].id, out[0].country, out[0].sector, out[0].kb], ['a', 'ARM', 'GOV', 'person:nikol-pashinyan']);
  assert.equal(out[1].error, 'not valid JSON');
  assert.deepEqual([out[2].country, out[2].sector], ['KAZ', 'CVL']);
  assert.match(String(out[3].error), /no "text"/);
  assert.deepEqual([out[4].country, out[4].sector], ['DEU', 'GOV']);
});

test('resolve: a missing file is a one-line usage error', () => {
  const r = sitrep(['resolve', '--jsonl', '/nonexistent/x.jsonl']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /^sitrep: \/nonexistent\/x\.jsonl: no such file\n$/);
});

test('kb search, show and import', () => {
  const s = sitrep(['kb', 'search', 'lavrov']);
  assert.equal(s.status, 0, s.stderr);
  assert.match(s.stdout, /person:sergei-lavrov\tPERSON\tSergei Lavrov\tRUS\tGOV/);
  const show = sitrep(['kb', 'show', 'org:kremlin', '--json']);
  assert.equal(JSON.parse(show.stdout).country, 'RUS');
  assert.equal(sitrep(['kb', 'show', 'no-such-thing']).status, 1);

  const dir = mkdtempSync(join(tmpdir(), 'sitrep-kbcli-'));
  try {
    const src = join(dir, 'in.json');
    writeFileSync(src, JSON.stringify({ entries: [{ name: 'Mira Solberg', type: 'PERSON', country: 'NOR', sector: 'GOV', role: 'Minister of Fjords', start: '2023' }] }));
    const out = join(dir, 'out.csv');
    const imp = sitrep(['kb', 'import', src, '-o', out]);
    assert.equal(imp.status, 0, imp.stderr);
    assert.match(readFileSync(out, 'utf8'), /person:mira-solberg,PERSON,Mira Solberg,,NOR,GOV,Minister of Fjords,2023,,/);
    const again = sitrep(['kb', 'import', src, '-o', out]);
    assert.equal(again.status, 2);
    assert.match(again.stderr, /exists/);
    const viaEnv = sitrep(['resolve', 'Mira Solberg'], undefined, { SITREP_KB: out });
    assert.equal(JSON.parse(viaEnv.stdout).country, 'NOR');
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'name,type,start\nX,PERSON,last spring\n');
    const b = sitrep(['kb', 'import', bad, '-o', join(dir, 'b.csv')]);
    assert.equal(b.status, 2);
    assert.match(b.stderr, /bad\.csv: entry 1: "X": start must be YYYY/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
