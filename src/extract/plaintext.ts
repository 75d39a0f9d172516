// Scraped plain-text pages -> Article. (First cut: paragraphs split on blank lines.)
import type { Article, RawDocument } from '../model/article.ts';
import { emptyMeta } from '../model/article.ts';
import type { Paragraph } from '../model/analysis.ts';
import { articleId } from '../model/id.ts';

export function extractPlainText(input: string, raw: RawDocument): Article {
  const blocks = input.replace(/\r\n?/g, '\n').split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
  let text = '';
  const paragraphs: Paragraph[] = [];
  for (const b of blocks) {
    if (text) text += '\n\n';
    paragraphs.push({ start: text.length, end: text.length + b.length, kind: 'paragraph' });
    text += b;
  }
  const meta = { ...emptyMeta(), ...raw.hints, language: 'en' };
  delete (meta as { id?: string }).id;
  return {
    id: articleId(null, text),
    source: { uri: raw.uri, contentType: raw.contentType, fetchedAt: raw.fetchedAt },
    meta,
    text,
    paragraphs,
  };
}
