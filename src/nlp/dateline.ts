// Where the dateline that opens an article's first body paragraph ends ("ORLANDO, Fla. (Reuters) - ",
// "VIENNA — "): its place and agency name where the story was filed and who filed it, not who speaks
// or acts in it. The quote and event stages both skip it.
import type { Doc } from './doc.ts';
import { datelineSpan } from '../extract/dateline.ts';

// The last article's dateline (the stages ask for one article's at a time). Not a WeakMap keyed by the
// article: in Node 20 an object used as a WeakMap key outlives the young-generation collections (see
// entityTypesOf in quotes/index.ts).
let lastArticle: Doc['article'] | null = null;
let lastSpan: { start: number; end: number } = { start: 0, end: 0 };

/** The dateline's span in the text (empty at 0 when there is none). */
export function datelineOf(doc: Doc): { start: number; end: number } {
  if (doc.article !== lastArticle) {
    lastSpan = datelineSpan(doc.text, doc.article.paragraphs);
    lastArticle = doc.article;
  }
  return lastSpan;
}
