// Where the dateline that opens an article's first body paragraph ends ("ORLANDO, Fla. (Reuters) - ",
// "VIENNA — "): its place and agency name where the story was filed and who filed it, not who speaks
// or acts in it. The quote and event stages both skip it.
import type { Doc } from './doc.ts';
import { datelineEnd } from '../extract/dateline.ts';

// The last article's dateline (the stages ask for one article's at a time). Not a WeakMap keyed by the
// article: in Node 20 an object used as a WeakMap key outlives the young-generation collections (see
// entityTypesOf in quotes/index.ts).
let lastArticle: Doc['article'] | null = null;
let lastSpan: { start: number; end: number } = { start: 0, end: 0 };

/** The dateline's span in the text (empty at 0 when there is none). */
export function datelineOf(doc: Doc): { start: number; end: number } {
  if (doc.article !== lastArticle) {
    let span = { start: 0, end: 0 };
    // The first body paragraph, or the second when the first is a title given as plain text.
    for (const p of doc.article.paragraphs.filter((x) => x.kind !== 'heading').slice(0, 2)) {
      const end = datelineEnd(doc.text.slice(p.start, p.end));
      if (end > 0) { span = { start: p.start, end: p.start + end }; break; }
    }
    lastArticle = doc.article;
    lastSpan = span;
  }
  return lastSpan;
}
