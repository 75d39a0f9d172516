// FILE | URL | - -> RawDocument, with the checks a user needs a clear word about.
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { RawDocument } from '../model/article.ts';
import { InputError } from '../model/errors.ts';
import { fetchDocument } from './fetcher.ts';

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

export interface ReadOptions { maxBytes?: number }

export function isUrl(s: string): boolean {
  return /^https?:\/\//i.test(s);
}

export function contentTypeFor(path: string, bytes: Uint8Array): string {
  const lower = path.toLowerCase().replace(/\.gz$/, '');
  if (/\.(html?|xhtml)$/.test(lower)) return 'text/html';
  if (/\.jsonl$/.test(lower)) return 'application/jsonl';
  if (/\.json$/.test(lower)) return 'application/json';
  const head = Buffer.from(bytes.subarray(0, 512)).toString('latin1').trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || /<(head|body|article|div|p)[\s>]/.test(head)) return 'text/html';
  return 'text/plain';
}

export async function readSource(input: string, options: ReadOptions = {}): Promise<RawDocument> {
  if (isUrl(input)) return fetchDocument(input, options);
  if (input === '-') {
    const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
    const bytes = await readStdin(max + 1);
    if (bytes.length > max) throw new InputError(`stdin: more than ${(max / 1048576).toFixed(0)} MB, over the limit`);
    return fromBytes('stdin', bytes, options);
  }
  let st;
  try {
    st = statSync(input);
  } catch {
    throw new InputError(`${input}: no such file`);
  }
  if (st.isDirectory()) throw new InputError(`${input}: is a directory, not a file`);
  const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const over = () => new InputError(`${input}: file is ${(st.size / 1048576).toFixed(1)} MB, over the ${(max / 1048576).toFixed(0)} MB limit`);
  if (st.size > max) throw over();
  // Devices and pipes report size 0 (/dev/zero never ends): read at most the limit, whatever stat said.
  const bytes = readAtMost(input, max + 1);
  if (bytes.length > max) throw new InputError(`${input}: more than ${(max / 1048576).toFixed(0)} MB, over the limit`);
  return fromBytes(input, bytes, options);
}

function readAtMost(path: string, limit: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1 << 20, limit - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total >= limit) break;
    }
    return Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}

function fromBytes(uri: string, data: Uint8Array, options: ReadOptions): RawDocument {
  let bytes = data;
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      bytes = gunzipSync(bytes, { maxOutputLength: options.maxBytes ?? DEFAULT_MAX_BYTES });
    } catch {
      throw new InputError(`${uri}: damaged or oversized gzip data`);
    }
  }
  if (bytes.length === 0) throw new InputError(`${uri}: file is empty`);
  const binary = binaryKind(bytes);
  if (binary) throw new InputError(`${uri}: is a ${binary}, not a text or HTML article`);
  return { uri, contentType: contentTypeFor(uri, bytes), bytes, fetchedAt: null };
}

const MAGIC: Array<[string, number[]]> = [
  ['PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['ZIP archive (or Office document)', [0x50, 0x4b, 0x03, 0x04]],
  ['WebP/RIFF file', [0x52, 0x49, 0x46, 0x46]],
];

/** Names the kind of a binary file, or null for text. */
export function binaryKind(bytes: Uint8Array): string | null {
  for (const [name, sig] of MAGIC) if (sig.every((b, i) => bytes[i] === b)) return name;
  // UTF-16 text has NULs too, but starts with a BOM.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return null;
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return 'binary file';
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control > n * 0.05 ? 'binary file' : null;
}

/** Standard input up to `limit` bytes (a reader that never ends, like `cat /dev/zero`, stops there). */
async function readStdin(limit: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const c of process.stdin) {
    chunks.push(c as Buffer);
    total += (c as Buffer).length;
    if (total >= limit) {
      process.stdin.destroy();
      break;
    }
  }
  return Buffer.concat(chunks);
}
