// The corpus module links each saved article to its near-duplicates and stories inside the
// article's own transaction (so a crash never leaves an article stored but unlinked).
import type { AfterSave } from '../store/articles.ts';
import { connectArticle } from '../corpus/index.ts';

/** The after-save hook every ingest path (ingest, watch, worker) runs. */
export async function corpusHook(): Promise<AfterSave> {
  return async (tx, result, analysis) => {
    // A duplicate was linked when it was first saved.
    if (result.status !== 'duplicate') await connectArticle(tx, result.id, analysis);
  };
}
