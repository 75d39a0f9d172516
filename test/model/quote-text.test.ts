import { test } from 'node:test';
import assert from 'node:assert/strict';
import { displayText } from '../../src/model/quote-text.ts';

test('a mixed quote shown alone closes the mark its span leaves open; other quotes are left as they are', () => {
  assert.equal(displayText({ type: 'mixed', text: 'Mr. Kim would meet Mr. Putin “soon.' }), 'Mr. Kim would meet Mr. Putin “soon.”');
  assert.equal(displayText({ type: 'mixed', text: 'Pyongyang “may be the only option” for Russia’s leader' }), 'Pyongyang “may be the only option” for Russia’s leader');
  assert.equal(displayText({ type: 'mixed', text: 'he called it ‘a farce' }), 'he called it ‘a farce’');
  assert.equal(displayText({ type: 'mixed', text: 'he said it was "over' }), 'he said it was "over"');
  assert.equal(displayText({ type: 'direct', text: 'We will “win.' }), 'We will “win.');
  assert.equal(displayText({ type: 'indirect', text: 'Russia’s army is short of shells' }), 'Russia’s army is short of shells');
});
