// An analysis sent from an analysis worker as its stored JSON and text comes out as the same
// object, keys in the same order, and the writer stores the JSON it came in when the row keeps the
// analysis's id.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MessageChannel, receiveMessageOnPort } from 'node:worker_threads';
import { received, sendable, storedJson, storedJsonOf, type SentAnalysis } from '../../src/store/stored-json.ts';
import { analysisOf } from './fixtures.ts';

const a = analysisOf({
  text: 'The harbour board voted on Tuesday to widen the north channel. "It is overdue," said Mara Voss.',
  title: 'Harbour board votes to widen the channel', published: '2016-05-03',
  entities: [{ name: 'Mara Voss', type: 'PERSON' }],
  quotes: [{ text: 'It is overdue', speaker: { entity: 'E1', name: 'Mara Voss', mention: null } }],
  events: [{ type: 'AGREE' }],
});

function throughPort(sent: SentAnalysis): SentAnalysis {
  const { port1, port2 } = new MessageChannel();
  port1.postMessage(sent);
  const got = receiveMessageOnPort(port2)?.message as SentAnalysis;
  port1.close();
  return got;
}

test('a sent analysis arrives equal, its text among its keys where it was', () => {
  const back = received(throughPort(sendable(a)));
  assert.deepEqual(back, a);
  assert.deepEqual(Object.keys(back), Object.keys(a));
  assert.equal(JSON.stringify(back), JSON.stringify(a));
});

test('the writer stores the JSON the analysis came in, under its own id only', () => {
  const sent = throughPort(sendable(a));
  const back = received(sent);
  assert.equal(sent.json, storedJson(a, a.id));
  assert.equal(storedJsonOf(back, a.id), sent.json);
  const other = storedJsonOf(back, 'another-id');
  assert.equal(other, storedJson(a, 'another-id'));
  assert.equal(JSON.parse(other).id, 'another-id');
  assert.equal(JSON.parse(other).text, undefined);
  // A copy is another object: it is serialised anew, and still the same text.
  const copy = { ...a, meta: { ...a.meta, title: 'Changed' } };
  assert.equal(JSON.parse(storedJsonOf(copy, a.id)).meta.title, 'Changed');
  // Taken from the message, not serialised again: a change made after arrival (which the ingest
  // never makes) does not show.
  back.meta.publisher = 'Changed after arrival';
  assert.equal(storedJsonOf(back, a.id), sent.json);
});
