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
    const body = doc.article.paragraphs.filter((x) => x.kind !== 'heading');
    for (const p of body.slice(0, 2)) {
      const end = datelineEnd(doc.text.slice(p.start, p.end));
      if (end > 0) { span = { start: p.start, end: p.start + end }; break; }
    }
    // "AUSTIN: We will defend …" then "Q: …": in a transcript a capitalised name and a colon opening
    // other paragraphs too is a speaker's label, not a dateline.
    if (span.end > span.start && /:\s*$/.test(doc.text.slice(span.start, span.end))) {
      const labels = body.filter((p) => p.start !== span.start && /^[A-Z][A-Z.'’ -]{0,30}:\s/.test(doc.text.slice(p.start, p.start + 34))).length;
      if (labels > 0) span = { start: 0, end: 0 };
    }
    lastArticle = doc.article;
    lastSpan = span;
  }
  return lastSpan;
}
