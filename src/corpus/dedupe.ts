// Near-duplicates: a new article whose shingles largely match an earlier one is a copy of it
// (syndicated wire copy, a lightly edited or trimmed version), linked to the earliest of them.
import type { Db } from '../store/db.ts';
import { bandKeys, containment, fromBytes, jaccard, shingleHashes, signature, toBytes } from './minhash.ts';
import { asBytes, marks, num } from './sql.ts';

/**
 * A copy shares most of the smaller text's shingles with the other (containment, which keeps a
 * trimmed copy) and a fair part of their union (Jaccard, so that a short text quoting a long one
 * is not its copy). Tuned on programmatic copies of the polnear corpus (eval/tasks/corpus.ts).
 */
export const MIN_CONTAINMENT = 0.6;
export const MIN_JACCARD = 0.25;

export interface Fingerprint {
  shingles: number;
  signature: Uint32Array | null;
  keys: number[];
}

export function fingerprint(text: string): Fingerprint {
  const sh = shingleHashes(text);
  if (!sh.length) return { shingles: 0, signature: null, keys: [] };
  const sig = signature(sh);
  return { shingles: sh.length, signature: sig, keys: bandKeys(sig) };
}

export interface CopyMatch {
  /** The original (earliest) article of the group the match belongs to. */
  original: string;
  originalDay: string;
  originalSeq: number;
  /** The original's story, so that the copy joins it without reading the original again. */
  originalStory: string | null;
  similarity: number;
}

interface CandidateRow {
  seq: number;
  article_id: string;
  day: string;
  shingles: number;
  signature: unknown;
  duplicate_of: string | null;
  story_id: string | null;
}

/** The best copy match among earlier articles sharing an LSH band, or null. */
export async function findCopy(db: Db, fp: Fingerprint, selfSeq: number | null): Promise<CopyMatch | null> {
  if (!fp.signature || !fp.keys.length) return null;
  // A copy shares most of its bands with each earlier copy of its text: joining every matching band
  // to its document read each document's row (and its signature) once per band, then dropped the
  // repeats. Grouped by document first, each row is read once. Candidates come in the order of
  // their first matching band, then by seq, as the join returned them: the first of two equally
  // good matches wins.
  const rows = await db.all<CandidateRow>(
    `SELECT d.seq, d.article_id, d.day, d.shingles, d.signature, d.duplicate_of, d.story_id
       FROM (SELECT doc, min(key) AS first_key FROM corpus_lsh WHERE key IN (${marks(fp.keys.length)}) GROUP BY doc) c
       JOIN corpus_docs d ON d.seq = c.doc
      ORDER BY c.first_key, c.doc`,
    fp.keys,
  );
  let best: { row: CandidateRow; j: number; c: number } | null = null;
  for (const row of rows) {
    if (selfSeq !== null && num(row.seq) === selfSeq) continue;
    const bytes = asBytes(row.signature);
    if (!bytes) continue;
    const j = jaccard(fp.signature, fromBytes(bytes));
    const c = containment(j, fp.shingles, num(row.shingles));
    if (c < MIN_CONTAINMENT || j < MIN_JACCARD) continue;
    if (!best || c + j > best.c + best.j) best = { row, j, c };
  }
  if (!best) return null;
  const originalId = best.row.duplicate_of ?? best.row.article_id;
  let originalDay = best.row.day;
  let originalSeq = num(best.row.seq);
  let originalStory = best.row.story_id;
  if (best.row.duplicate_of) {
    const o = await db.get<{ seq: number; day: string; story_id: string | null }>('SELECT seq, day, story_id FROM corpus_docs WHERE article_id = ?', [originalId]);
    originalStory = o?.story_id ?? null;
    if (o) {
      originalDay = o.day;
      originalSeq = num(o.seq);
    }
  }
  return { original: originalId, originalDay, originalSeq, originalStory, similarity: Math.round(best.j * 1000) / 1000 };
}

/** Adds a document's band keys; `previous` are the keys it had before (re-ingest), removed first. */
export async function storeBands(db: Db, seq: number, keys: number[], previous: number[] = []): Promise<void> {
  // By primary key: corpus_lsh has no index on doc alone, which keeps inserts cheap.
  for (const k of previous) await db.run('DELETE FROM corpus_lsh WHERE key = ? AND doc = ?', [k, seq]);
  if (!keys.length) return;
  const params: number[] = [];
  for (const k of keys) params.push(k, seq);
  await db.run(
    `INSERT INTO corpus_lsh (key, doc) VALUES ${keys.map(() => '(?, ?)').join(', ')} ON CONFLICT DO NOTHING`,
    params,
  );
}

/** The article that came first is the original: re-point the group at it when a copy turns out older. */
export async function promoteOriginal(db: Db, newOriginal: string, oldOriginal: string): Promise<void> {
  await db.run('UPDATE corpus_docs SET duplicate_of = ? WHERE duplicate_of = ? OR article_id = ?', [newOriginal, oldOriginal, oldOriginal]);
}

export { toBytes };
