// Which charset an HTML page is in, in the order browsers trust: byte-order mark (left to decodeText),
// the HTTP header, <meta charset> / http-equiv in the first bytes, then a look at the bytes themselves.
import iconv from 'iconv-lite';

/** WHATWG maps these labels to a superset; decoding by the superset is what browsers do. */
const SUPERSET: Record<string, string> = {
  'iso-8859-1': 'windows-1252', latin1: 'windows-1252', 'us-ascii': 'windows-1252', ascii: 'windows-1252',
  'iso-8859-9': 'windows-1254', gb2312: 'gbk', 'gb_2312-80': 'gbk', 'x-gbk': 'gbk', 'x-sjis': 'shift_jis',
  'ms_kanji': 'shift_jis', 'windows-31j': 'shift_jis', 'x-euc-jp': 'euc-jp', 'ks_c_5601-1987': 'euc-kr',
  // A page that says UTF-16 in a meta tag is not UTF-16 (it would not have been readable as ASCII).
  'utf-16': 'utf-8', 'utf-16le': 'utf-8', 'utf-16be': 'utf-8', utf8: 'utf-8',
};

export function normaliseCharset(label: string | null | undefined): string | null {
  if (!label) return null;
  const l = label.trim().replace(/^["']|["']$/g, '').toLowerCase();
  if (!l) return null;
  const mapped = SUPERSET[l] ?? l;
  return mapped === 'utf-8' || iconv.encodingExists(mapped) ? mapped : null;
}

const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i;

/** The charset a <meta> tag declares within the first 8 KB (browsers look at 1 KB; real pages overrun it). */
export function metaCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 8192)).toString('latin1');
  return normaliseCharset(META_CHARSET.exec(head)?.[1]);
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Share of the non-ASCII characters that a text in that script would be made of. */
function scriptShare(text: string, re: RegExp): number {
  let nonAscii = 0;
  let hits = 0;
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) continue;
    nonAscii++;
    if (ch === '\ufffd') hits -= 5;
    else if (re.test(ch)) hits++;
  }
  return nonAscii ? hits / nonAscii : 0;
}

const CANDIDATES: Array<{ charset: string; script: RegExp }> = [
  // Japanese text is full of kana; Chinese never is, so kana decides between Shift_JIS and GBK.
  { charset: 'shift_jis', script: /[\u3040-\u30ff\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/ },
  { charset: 'euc-jp', script: /[\u3040-\u30ff\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/ },
  { charset: 'gbk', script: /[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef]/ },
  { charset: 'big5', script: /[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef]/ },
  { charset: 'euc-kr', script: /[\uac00-\ud7af\u3130-\u318f]/ },
];

/** Guesses a legacy charset from the bytes of a page that declares none and is not UTF-8. */
export function sniffCharset(bytes: Uint8Array, knownNotUtf8 = false): string {
  if (!knownNotUtf8 && isUtf8(bytes)) return 'utf-8';
  const sample = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 65536));
  let high = 0;
  for (const b of sample) if (b >= 0x80) high++;
  // A few high bytes in Latin text: the Western legacy encoding.
  if (high < 16) return 'windows-1252';
  let best = 'windows-1252';
  let bestScore = 0.6;
  const kanaBonus = (t: string): number => ((t.match(/[\u3040-\u30ff]/g)?.length ?? 0) > 10 ? 0.2 : 0);
  for (const { charset, script } of CANDIDATES) {
    const text = iconv.decode(sample, charset);
    let score = scriptShare(text, script);
    if (charset === 'shift_jis' || charset === 'euc-jp') score += kanaBonus(text);
    if (score > bestScore) { best = charset; bestScore = score; }
  }
  return best;
}

/** The charset a page declares (HTTP header, then <meta>), or null when it declares none. */
export function declaredCharset(bytes: Uint8Array, transportCharset: string | null | undefined): string | null {
  return normaliseCharset(transportCharset) ?? metaCharset(bytes);
}
