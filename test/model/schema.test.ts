import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateAnalysis } from '../../src/model/analysis.ts';
import { sitrep, SEED, noShared } from '../helpers/cli.ts';

test('sitrep schema prints a JSON Schema naming every contract field', () => {
  const r = sitrep(['schema']);
  assert.equal(r.status, 0, r.stderr);
  const schema = JSON.parse(r.stdout);
  for (const k of ['schemaVersion', 'id', 'source', 'meta', 'text', 'paragraphs', 'entities', 'quotes', 'events']) {
    assert.ok(schema.properties[k], `schema lacks ${k}`);
  }
});

test('validation rejects an analysis with a wrong field and names it', () => {
  assert.throws(() => validateAnalysis({ schemaVersion: 1 }), /does not match the contract: id/);
});

test('analyze --json on the reference article validates against the contract', { skip: noShared }, () => {
  const r = sitrep(['analyze', SEED, '--json']);
  assert.equal(r.status, 0, r.stderr);
  validateAnalysis(JSON.parse(r.stdout));
});
