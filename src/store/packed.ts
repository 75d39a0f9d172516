// The analysis JSON is the largest thing an article row holds (about 3.5 times its text). SQLite
// keeps it brotli-packed at the fastest setting: a quarter of the size for ~0.1 ms each way, and a
// fifth less to write per article. A TEXT column holds the BLOB as it is; rows written before hold
// text, which reads the same. PostgreSQL compresses large text in TOAST by itself, so it keeps JSON.
import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';
import type { Db, Param } from './db.ts';

const FASTEST = { params: { [constants.BROTLI_PARAM_QUALITY]: 1, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT } };

/** The stored form of an analysis JSON for this database. */
export function packAnalysis(db: Db, json: string): Param {
  return db.dialect === 'sqlite' ? brotliCompressSync(json, FASTEST) : json;
}

/** The analysis JSON of a stored row, packed or not. */
export function unpackAnalysis(stored: string | Uint8Array): string {
  return typeof stored === 'string' ? stored : brotliDecompressSync(stored).toString('utf8');
}
