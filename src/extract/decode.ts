// Bytes -> string: BOM, then the declared charset, then UTF-8 if valid, else windows-1252.
import iconv from 'iconv-lite';
import { InputError } from '../model/errors.ts';
import { repairMojibake } from './mojibake.ts';

export interface Decoded { text: string; encoding: string }

export function decodeText(bytes: Uint8Array, declared: string | null, name: string | null = null): Decoded {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return { text: repairMojibake(buf.subarray(3).toString('utf8')), encoding: 'utf-8' };
  if (buf[0] === 0xff && buf[1] === 0xfe) return { text: iconv.decode(buf.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  if (buf[0] === 0xfe && buf[1] === 0xff) return { text: iconv.decode(buf.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  const cs = declared?.trim().toLowerCase();
  if (cs && cs !== 'utf-8' && cs !== 'utf8') {
    if (!iconv.encodingExists(cs)) throw new InputError(`${name ?? 'input'}: unknown character encoding "${declared}"`);
    return { text: iconv.decode(buf, cs), encoding: cs };
  }
  try {
    // A UTF-8 page may still carry text that went through windows-1252 once ("PeÃ±a").
    return { text: repairMojibake(new TextDecoder('utf-8', { fatal: true }).decode(buf)), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: the legacy encoding Western news sites used most.
    return { text: iconv.decode(buf, 'windows-1252'), encoding: 'windows-1252' };
  }
}
