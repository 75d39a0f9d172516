// The ingest's entry point into the corpus: after an article is saved, link it to its original
// if it is a copy, and put it into a story. Incremental: only the new article's rows and the
// few candidates its LSH bands and story keys find are read.
import type { Db } from '../store/db.ts';
import type { Analysis } from '../model/analysis.ts';
import { findCopy, promoteOriginal, storeBands, toBytes } from './dedupe.ts';
import { prepFor } from './prepare.ts';
import { assignStory, countCopy } from './stories.ts';
import { isDay, isoWeek, toDay } from './weeks.ts';
import { asBytes, num } from './sql.ts';
import { bandKeys, fromBytes } from './minhash.ts';

export interface Connection { duplicateOf: string | null; storyId: string | null }

/** The day an article counts for: its publication date, else the day it was connected. */
export function articleDay(analysis: Analysis): string {
  const p = analysis.meta.published?.slice(0, 10);
  return p && isDay(p) ? p : toDay(new Date());
}

export async function connectArticle(db: Db, articleId: string, analysis: Analysis): Promise<Connection> {
  const prep = prepFor(analysis);
  const fp = prep.fingerprint;
  const day = articleDay(analysis);
  return db.transaction(async (tx) => {
    const existing = await tx.get<{ seq: number; duplicate_of: string | null; story_id: string | null; signature: unknown }>(
      'SELECT seq, duplicate_of, story_id, signature FROM corpus_docs WHERE article_id = ?',
      [articleId],
    );
    if (existing) {
      // Re-ingest of a stored article: its text may have changed, so its bands are renewed; its
      // story and copy link stay, so that counts and ids do not move under the readers.
      await tx.run('UPDATE corpus_docs SET shingles = ?, signature = ?, title = ? WHERE seq = ?', [
        fp.shingles, fp.signature ? toBytes(fp.signature) : null, analysis.meta.title, num(existing.seq),
      ]);
      const old = asBytes(existing.signature);
      await storeBands(tx, num(existing.seq), fp.keys, old ? bandKeys(fromBytes(old)) : []);
      return { duplicateOf: existing.duplicate_of, storyId: existing.story_id };
    }

    const copy = await findCopy(tx, fp, null);
    let duplicateOf: string | null = null;
    let storyId: string | null = null;
    if (copy) {
      storyId = copy.originalStory;
      if (day < copy.originalDay) {
        // Arrived late but published first: this one is the original now.
        await promoteOriginal(tx, articleId, copy.original);
        await tx.run('UPDATE corpus_docs SET similarity = ? WHERE article_id = ?', [copy.similarity, copy.original]);
      } else {
        duplicateOf = copy.original;
      }
    }
    let storyScore: number | null = null;
    if (!copy) {
      const assigned = await assignStory(tx, articleId, analysis, day, { terms: new Map(prep.terms), body: new Map(prep.body) });
      storyId = assigned.storyId;
      storyScore = Math.round(assigned.score * 1000) / 1000;
    } else if (storyId) {
      await countCopy(tx, storyId, day);
    }

    const inserted = await tx.get<{ seq: number }>(
      `INSERT INTO corpus_docs (article_id, day, week, publisher, title, shingles, signature, duplicate_of, similarity, story_id, story_score, connected_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING seq`,
      [
        articleId, day, isoWeek(day), analysis.meta.publisher, analysis.meta.title, fp.shingles,
        fp.signature ? toBytes(fp.signature) : null, duplicateOf, duplicateOf ? copy!.similarity : null,
        storyId, storyScore, new Date().toISOString(),
      ],
    );
    await storeBands(tx, num(inserted?.seq), fp.keys);
    return { duplicateOf, storyId };
  });
}
