// Charsets: BOM, HTTP header, <meta charset>, and sniffing undeclared legacy bytes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { extractHtml } from '../../src/extract/html/index.ts';
import { sniffCharset, metaCharset, normaliseCharset } from '../../src/extract/html/charset.ts';

const body = (text: string): string => `<div class="story"><p>${text}</p><p>${text}</p></div>`;

function run(bytes: Buffer, charset: string | null = null): string {
  return extractHtml({ uri: 'page.html', contentType: 'text/html', charset, bytes, fetchedAt: null }).text;
}

const FRENCH = 'Le café de la gare a rouvert après les travaux, à la grande joie des habitués du quartier — « enfin », dit-on.';
const CZECH = 'Příliš žluťoučký kůň úpěl ďábelské ódy, řekl včera starosta obce při otevření nové školy.';
const JAPANESE = '東京都は、来年の春から新しい図書館を開くと発表しました。市民の皆さんは、本を借りることができます。';
const CHINESE = '北京市政府今天宣布，新的地铁线路将于明年年底开通，预计每天运送乘客约五十万人次。';

test('undeclared windows-1252 bytes are read as windows-1252', () => {
  const bytes = iconv.encode(`<html><body>${body(FRENCH)}</body></html>`, 'windows-1252');
  assert.ok(run(bytes).includes(FRENCH));
});

test('<meta charset> names ISO-8859-2', () => {
  const bytes = iconv.encode(`<html><head><meta charset="iso-8859-2"></head><body>${body(CZECH)}</body></html>`, 'iso-8859-2');
  assert.ok(run(bytes).includes(CZECH));
});

test('http-equiv Content-Type names Shift_JIS', () => {
  const bytes = iconv.encode(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"></head><body>${body(JAPANESE)}</body></html>`, 'shift_jis');
  assert.ok(run(bytes).includes(JAPANESE));
});

test('the HTTP header charset wins over a wrong <meta charset>', () => {
  const bytes = iconv.encode(`<html><head><meta charset="utf-8"></head><body>${body(CHINESE)}</body></html>`, 'gbk');
  assert.ok(run(bytes, 'GBK').includes(CHINESE));
});

test('a UTF-8 byte-order mark wins over a <meta charset>', () => {
  const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`<html><head><meta charset="windows-1252"></head><body>${body(FRENCH)}</body></html>`)]);
  assert.ok(run(bytes).includes(FRENCH));
});

test('undeclared Shift_JIS and GBK are recognised by their bytes', () => {
  const sjis = iconv.encode(`<html><body>${body(JAPANESE)}</body></html>`, 'shift_jis');
  const gbk = iconv.encode(`<html><body>${body(CHINESE)}</body></html>`, 'gbk');
  assert.equal(sniffCharset(sjis), 'shift_jis');
  assert.equal(sniffCharset(gbk), 'gbk');
  assert.ok(run(sjis).includes(JAPANESE));
  assert.ok(run(gbk).includes(CHINESE));
  assert.equal(sniffCharset(Buffer.from(`<p>${FRENCH}</p>`)), 'utf-8');
});

test('charset labels map to what browsers decode with; unknown labels are ignored', () => {
  assert.equal(normaliseCharset('ISO-8859-1'), 'windows-1252');
  assert.equal(normaliseCharset('gb2312'), 'gbk');
  assert.equal(normaliseCharset('"utf-8"'), 'utf-8');
  assert.equal(normaliseCharset('x-no-such-charset'), null);
  assert.equal(metaCharset(Buffer.from('<meta charset="x-no-such-charset">')), null);
  const bytes = Buffer.from(`<html><head><meta charset="x-no-such-charset"></head><body>${body(FRENCH)}</body></html>`);
  assert.ok(run(bytes).includes(FRENCH));
});

test('UTF-8 text that once went through windows-1252 is repaired ("PeÃ±a Nieto", "itâ€™s"); accented text is left as it is', () => {
  const damaged = 'President Enrique PeÃ±a Nieto met FranÃ§ois Hollande in Paris, and itâ€™s the first visit since the rÃ©gime changed.';
  const text = run(Buffer.from(`<html><head><meta charset="utf-8"></head><body>${body(damaged)}</body></html>`, 'utf8'), 'utf-8');
  assert.ok(text.includes('President Enrique Peña Nieto met François Hollande in Paris, and it’s the first visit since the régime changed.'), text);
  assert.ok(run(Buffer.from(`<html><body>${body(FRENCH)}</body></html>`, 'utf8')).includes(FRENCH));
});
