// The corpus preparation an analysis worker sends with each analysis: the writer's thread uses it
// for that very analysis object, it matches what the hook would compute itself, and it survives the
// structured clone between threads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MessageChannel, receiveMessageOnPort } from 'node:worker_threads';
import { prepareCorpus, prepFor, rememberPrep } from '../../src/corpus/prepare.ts';
import { analysisOf } from '../store/fixtures.ts';

const text = 'The harbour board voted on Tuesday to widen the north channel, after two years of talks with the shipping lines. '
  + 'Dredging starts in spring and will take eighteen months, the board said.';

test('a prepared analysis is used as prepared; any other is prepared on the spot', () => {
  const a = analysisOf({ text, title: 'Harbour board votes to widen the channel', published: '2016-05-03' });
  const computed = prepareCorpus(a);
  assert.ok(computed.fingerprint.shingles > 0);
  assert.ok(computed.terms.length > 0);

  const { port1, port2 } = new MessageChannel();
  port1.postMessage({ analysis: a, corpus: computed });
  const received = receiveMessageOnPort(port2)?.message as { analysis: typeof a; corpus: typeof computed };
  port1.close();
  assert.ok(received.corpus.fingerprint.signature instanceof Uint32Array);
  assert.deepEqual(received.corpus, computed);

  rememberPrep(received.analysis, received.corpus);
  assert.equal(prepFor(received.analysis), received.corpus);
  const copy = { ...received.analysis };
  assert.notEqual(prepFor(copy), received.corpus);
  assert.deepEqual(prepFor(copy), computed);
});
