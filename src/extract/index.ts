// RawDocument -> Article: choose the extractor by content type.
import type { Article, RawDocument } from '../model/article.ts';
import { extractPlainText } from './plaintext.ts';
import { decodeText } from './decode.ts';

export function isHtml(raw: RawDocument): boolean {
  return /html|xml/i.test(raw.contentType);
}

export function extract(raw: RawDocument): Article {
  const { text } = decodeText(raw.bytes, raw.charset ?? null, raw.uri);
  return extractPlainText(text, raw);
}
