// MinHash over word shingles, with LSH band keys, for near-duplicate detection.
//
// Written here rather than taken from npm: `minhash@0.0.9` multiplies 32-bit values in doubles
// (a*h exceeds 2^53, so its "permutations" lose their low bits) and rehashes the shingle string
// once per permutation; `bloom-filters`' MinHash draws its permutations from an unseeded
// Math.random, so signatures stored by one process cannot be compared by another. Ours are
// seeded, exact 32-bit integer arithmetic, and stable across processes and machines.

/** Words per shingle: long enough that shared phrases between different stories are rare. */
export const SHINGLE = 5;
/** Signature length (bins of the one-permutation hash), in BANDS bands of ROWS rows each. */
export const PERMUTATIONS = 64;
export const ROWS = 2;
export const BANDS = PERMUTATIONS / ROWS;

/** A word is a maximal run of letters and digits (what /[\p{L}\p{N}]+/gu matches). */
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
/** Whether a code point outside ASCII is a letter or digit, remembered (news uses few such). */
const wordCodePoint = new Map<number, boolean>();

function isWordCodePoint(cp: number): boolean {
  let w = wordCodePoint.get(cp);
  if (w === undefined) {
    w = WORD_CHAR.test(String.fromCodePoint(cp));
    wordCodePoint.set(cp, w);
  }
  return w;
}

/**
 * FNV-1a over the UTF-16 units of each word of the text, in order. Hashing while scanning, rather
 * than matching the words out as strings and hashing those, saves an array of a thousand strings
 * per article; the hashes are the same.
 */
function wordHashes(low: string): number[] {
  const out: number[] = [];
  let h = 0;
  let inWord = false;
  const n = low.length;
  for (let i = 0; i < n; i++) {
    const c = low.charCodeAt(i);
    let units = 1;
    let word: boolean;
    if (c < 128) word = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n && (low.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      // A surrogate pair is one code point, in a word or not as a whole.
      units = 2;
      word = isWordCodePoint(low.codePointAt(i)!);
    } else word = isWordCodePoint(c);
    if (word) {
      if (!inWord) { h = 0x811c9dc5; inWord = true; }
      for (let u = 0; u < units; u++) {
        h ^= low.charCodeAt(i + u);
        h = Math.imul(h, 0x01000193);
      }
    } else if (inWord) {
      out.push(h >>> 0);
      inWord = false;
    }
    i += units - 1;
  }
  if (inWord) out.push(h >>> 0);
  return out;
}

/** murmur3's finaliser: a bijection on 32-bit integers that mixes every bit into every other. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const SEED = 0x5bd1e995;
/** Bins of the one-permutation signature: top 6 bits of the hash pick the bin, the rest is the value. */
const BIN_BITS = 6;
const VALUE_BITS = 32 - BIN_BITS;
const VALUE_MASK = (1 << VALUE_BITS) - 1;
const EMPTY = 0xffffffff;

/** Hashes of the text's lowercased word 5-grams (the whole text as one when shorter). */
export function shingleHashes(text: string): Uint32Array {
  const wh = wordHashes(text.toLowerCase());
  const n = wh.length < SHINGLE ? (wh.length ? 1 : 0) : wh.length - SHINGLE + 1;
  const width = Math.min(SHINGLE, wh.length);
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    let h = 0x2545f491;
    for (let k = 0; k < width; k++) h = Math.imul(h ^ wh[i + k], 0x9e3779b1) ^ (h >>> 15);
    out[i] = fmix32(h);
  }
  return out;
}

/**
 * One-permutation MinHash with rotation densification (Shrivastava & Li, 2014): each shingle is
 * hashed once and lands in one of PERMUTATIONS bins, which keep their minimum; an empty bin
 * borrows the next filled bin's value, offset by the distance, so short texts still compare
 * fairly. One hash per shingle instead of one per shingle and permutation.
 */
export function signature(shingles: Uint32Array): Uint32Array {
  const sig = new Uint32Array(PERMUTATIONS).fill(EMPTY);
  for (let j = 0; j < shingles.length; j++) {
    const g = fmix32(shingles[j] ^ SEED);
    const bin = g >>> VALUE_BITS;
    const v = g & VALUE_MASK;
    if (v < sig[bin]) sig[bin] = v;
  }
  if (!shingles.length) return sig;
  const out = new Uint32Array(PERMUTATIONS);
  for (let i = 0; i < PERMUTATIONS; i++) {
    let d = 0;
    while (sig[(i + d) % PERMUTATIONS] === EMPTY) d++;
    out[i] = (sig[(i + d) % PERMUTATIONS] + d * (VALUE_MASK + 1)) >>> 0;
  }
  return out;
}

/** One integer per band, below 2^38 (band index in the high bits), safe in a double and a BIGINT. */
export function bandKeys(sig: Uint32Array): number[] {
  const keys: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = fmix32(b + 1);
    for (let r = 0; r < ROWS; r++) h = fmix32(h ^ sig[b * ROWS + r]);
    keys.push(b * 2 ** 32 + h);
  }
  return keys;
}

/** Estimated Jaccard similarity of the two shingle sets. */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < PERMUTATIONS; i++) if (a[i] === b[i]) same++;
  return same / PERMUTATIONS;
}

/** Estimated share of the smaller set found in the larger: a trimmed copy is contained in its original. */
export function containment(j: number, sizeA: number, sizeB: number): number {
  const small = Math.min(sizeA, sizeB);
  if (!small) return 0;
  return Math.min(1, (j * (sizeA + sizeB)) / (1 + j) / small);
}

export function toBytes(sig: Uint32Array): Uint8Array {
  const out = new Uint8Array(sig.length * 4);
  const v = new DataView(out.buffer);
  for (let i = 0; i < sig.length; i++) v.setUint32(i * 4, sig[i], true);
  return out;
}

export function fromBytes(bytes: Uint8Array): Uint32Array {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = new Uint32Array(bytes.byteLength >>> 2);
  for (let i = 0; i < out.length; i++) out[i] = v.getUint32(i * 4, true);
  return out;
}
