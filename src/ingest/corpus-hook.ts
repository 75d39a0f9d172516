// The corpus module links each saved article to its near-duplicates and stories inside the
// article's own transaction (so a crash never leaves an article stored but unlinked).
import type { AfterSave } from '../store/articles.ts';

interface CorpusModule {
  connectArticle?: (db: import('../store/db.ts').Db, articleId: string, analysis: import('../model/analysis.ts').Analysis) => Promise<unknown>;
}

/** The corpus hook when the corpus module provides one, else undefined. */
export async function corpusHook(): Promise<AfterSave | undefined> {
  let mod: CorpusModule;
  try {
    mod = (await import('../corpus/index.ts')) as CorpusModule;
  } catch (e) {
    if ((e as { code?: string }).code === 'ERR_MODULE_NOT_FOUND') return undefined;
    throw e;
  }
  const connect = mod.connectArticle;
  if (!connect) return undefined;
  return async (tx, result, analysis) => {
    // A duplicate was linked when it was first saved.
    if (result.status !== 'duplicate') await connect(tx, result.id, analysis);
  };
}
