import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kbByName, kbEntry, loadKb, readKbRows, searchKb, setUserKbFiles, surnames } from '../../src/kb/store.ts';
import { resolveActor } from '../../src/kb/resolve.ts';
import { isInputError } from '../../src/model/errors.ts';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-kb-'));
after(() => { setUserKbFiles([]); rmSync(dir, { recursive: true, force: true }); });

test('built-in data loads and every row is well formed', () => {
  const kb = loadKb();
  assert.ok(kb.entries.size > 300, `only ${kb.entries.size} entries`);
  for (const e of kb.entries.values()) {
    assert.ok(e.name, e.id);
    if (e.country) assert.match(e.country, /^[A-Z]{3}$/, e.id);
    for (const r of e.roles) if (r.start && r.end) assert.ok(r.start <= r.end, `${e.id}: ${r.title} ends before it starts`);
  }
});

test('people are found by name, alias and family name', () => {
  assert.equal(kbByName('Kim Jong Un')[0]?.id, 'person:kim-jong-un');
  assert.ok(surnames(kbEntry('person:kim-jong-un')!).includes('kim'));
  assert.ok(surnames(kbEntry('person:vladimir-putin')!).includes('putin'));
  assert.ok(searchKb('kremlin').some((e) => e.id === 'org:kremlin'));
});

test('a user CSV adds entries and overrides built-in ones without code changes', () => {
  const f = join(dir, 'mine.csv');
  writeFileSync(f, 'id,type,name,aliases,country,sector,role,start,end,wikidata\n'
    + 'person:ada-quill,PERSON,Ada Quill,A. Quill,NZL,GOV,Minister of Lighthouses,2024-02-01,,\n'
    + 'org:kremlin,ORG,Kremlin,the Kremlin,RUS,MIL,,,,\n');
  setUserKbFiles([f]);
  assert.deepEqual(resolveActor('Minister Ada Quill', { date: '2025-01-01' }), { name: 'Ada Quill', kb: 'person:ada-quill', country: 'NZL', sector: 'GOV' });
  assert.equal(resolveActor('the Kremlin')?.sector, 'MIL');
  setUserKbFiles([]);
  assert.equal(resolveActor('the Kremlin')?.sector, 'GOV');
});

test('a user JSON file with Wikidata ids works the same', () => {
  const f = join(dir, 'mine.json');
  writeFileSync(f, JSON.stringify([{ name: 'Tomas Reed', type: 'PERSON', country: 'IRL', sector: 'LEG', role: 'TD', wikidata: 'Q999999', aliases: ['T. Reed'] }]));
  setUserKbFiles([f]);
  assert.equal(kbByName('T. Reed')[0]?.id, 'wd:Q999999');
  setUserKbFiles([]);
});

test('bad user files fail with one line naming the file', () => {
  const bad = join(dir, 'bad.csv');
  writeFileSync(bad, 'name,type,country\nSomeone,PERSON,Narnia\n');
  setUserKbFiles([bad]);
  assert.throws(() => loadKb(), (e: unknown) => isInputError(e) && /bad\.csv: row 2: .*ISO alpha-3/.test((e as Error).message));
  setUserKbFiles([]);
  assert.throws(() => readKbRows(join(dir, 'missing.csv')), /not found/);
  const notJson = join(dir, 'x.json');
  writeFileSync(notJson, '{nope');
  assert.throws(() => readKbRows(notJson), /not valid JSON/);
  const txt = join(dir, 'x.txt');
  writeFileSync(txt, 'hello');
  assert.throws(() => readKbRows(txt), /must be \.csv/);
});
