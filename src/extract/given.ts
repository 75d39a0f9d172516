// Text taken as given (the JSONL batch form): paragraphs are found, the text is never changed,
// so offsets a caller holds into it stay valid.
import type { Article } from '../model/article.ts';
import { emptyMeta } from '../model/article.ts';
import type { Meta, Paragraph } from '../model/analysis.ts';
import { articleId } from '../model/id.ts';
import { readDateline } from './dateline.ts';

export function paragraphsOf(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let start = m.index;
    let end = m.index + m[0].length;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) out.push({ start, end, kind: 'paragraph' });
  }
  return out;
}

export function articleFromText(text: string, meta: Partial<Meta> = {}, uri: string | null = null, url: string | null = null): Article {
  const paragraphs = paragraphsOf(text);
  const full: Meta = { ...emptyMeta(), language: 'en', ...meta };
  // A wire story's dateline ("KYIV, Ukraine (AP) — …") says where it was filed and by whom, as it does in a
  // page or a text file; a caller's own dateline or publisher stands.
  if (meta.dateline === undefined && paragraphs.length) readDateline(full, text.slice(paragraphs[0].start, paragraphs[0].end));
  return {
    id: articleId(url, text),
    source: { uri: url ?? uri, contentType: 'text/plain', fetchedAt: null },
    meta: full,
    text,
    paragraphs,
  };
}
