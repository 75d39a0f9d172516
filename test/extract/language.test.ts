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

test('a page that says it is English of a text that plainly is not is read in the text\'s language; an English page keeps its word', async () => {
  const { extract } = await import('../../src/extract/index.ts');
  const page = (lang: string, body: string) => ({
    bytes: Buffer.from(`<!doctype html><html lang="${lang}"><head><title>Akte</title></head><body><article><h1>Die Akte</h1><p>${body}</p><p>${body}</p></article></body></html>`),
    contentType: 'text/html', charset: 'utf-8', uri: 'https://example.test/akte', fetchedAt: '2023-09-11T00:00:00Z',
  });
  const german = 'Die Digitalisierung als Wachstumstreiber zieht sich bereits heute durch fast alle Branchen und Anwendungsgebiete, sei es im Finanzbereich, der Industrie oder eben auch im Bereich der Gesundheitsversorgung in Krankenhäusern, wo ein hoher Kostendruck besteht und mehr Effizienz zwingend notwendig ist.';
  assert.equal((await extract(page('en', german))).meta.language, 'de');
  const english = 'North Korean leader Kim Jong-un travelled to Russia on Monday to meet President Vladimir Putin, officials said, and the two men were expected to discuss weapons, food aid and satellites during the visit.';
  assert.equal((await extract(page('en', english))).meta.language, 'en');
});
