import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bandKeys, containment, fromBytes, jaccard, shingleHashes, signature, toBytes, BANDS } from '../../src/corpus/minhash.ts';
import { harbor, harborCopy, harborOther, museum } from './fixtures.ts';

const sig = (t: string) => signature(shingleHashes(t));

test('an edited copy keeps most of its shingles; other articles share almost none', () => {
  const j = jaccard(sig(harbor.text), sig(harborCopy.text));
  assert.ok(j > 0.5, `copy jaccard ${j}`);
  const c = containment(j, shingleHashes(harbor.text).length, shingleHashes(harborCopy.text).length);
  assert.ok(c > 0.8, `copy containment ${c}`);
  assert.ok(jaccard(sig(harbor.text), sig(harborOther.text)) < 0.15);
  assert.ok(jaccard(sig(harbor.text), sig(museum.text)) < 0.1);
  assert.equal(jaccard(sig(harbor.text), sig(harbor.text)), 1);
});

test('shingles ignore case and punctuation, and short texts still get one', () => {
  assert.deepEqual(shingleHashes('The Port, closed!'), shingleHashes('the port closed'));
  assert.equal(shingleHashes('').length, 0);
  assert.equal(shingleHashes('two words').length, 1);
});

test('signatures are seeded: the same text gives the same band keys in every process', () => {
  const keys = bandKeys(sig('dock workers at the port of valmora walked off the job'));
  assert.equal(keys.length, BANDS);
  // Pinned: band keys already stored must stay comparable across releases and machines.
  assert.deepEqual(keys.slice(0, 2), [440225061, 5335369525]);
  assert.deepEqual(keys, bandKeys(sig('Dock workers at the port of Valmora walked off the job.')));
  assert.ok(keys.every((k, b) => Number.isSafeInteger(k) && Math.floor(k / 2 ** 32) === b));
  const s = sig(harbor.text);
  assert.deepEqual(fromBytes(toBytes(s)), s);
});
