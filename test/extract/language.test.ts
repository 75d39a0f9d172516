// Which language an article is read in decides whether it is analysed at all.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectLanguage } from '../../src/extract/language.ts';

test('a few plain words are not taken for another language', async () => {
  // The n-gram detector calls this Romanian, and reliable; read as that, no entity would be found.
  assert.equal(await detectLanguage('Vladimir Putin met Kim Jong-un.'), null);
  assert.equal(await detectLanguage('Putin met Kim Jong-un in Moscow'), null);
});

test('short text with its own letters, and longer text, is still detected', async () => {
  assert.equal(await detectLanguage('Der Präsident traf Kim in Moskau.'), 'de');
  assert.equal(await detectLanguage('Wladimir Putin traf Kim Jong-un in Moskau, um über die Zusammenarbeit der beiden Länder zu sprechen.'), 'de');
  assert.equal(await detectLanguage('Le gouvernement russe prépare une rencontre entre les deux dirigeants dans la ville de Vladivostok cette semaine.'), 'fr');
  assert.equal(await detectLanguage('North Korean leader Kim Jong-un travelled to Russia on Monday to meet President Vladimir Putin, officials said.'), 'en');
});
